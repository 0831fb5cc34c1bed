-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.0.4.21    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40103 SET TIME_ZONE='+00:00' */;

DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `full_name` varchar(200) NOT NULL,
  `email` varchar(254) NOT NULL,
  `phone` varchar(40) DEFAULT NULL,
  `id_type` varchar(40) DEFAULT NULL,
  `id_value` varchar(64) DEFAULT NULL,
  `birth_date` varchar(20) DEFAULT NULL,
  `password_hash` char(60) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2965 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (31073,'Leonie Hansen','leonie_hansen57@proton.me','+1 (919) 819-2313','dni','96324835F','1997-06-07','$2y$10$XBDG8iPuB9sH57HQjiF4SnyFTMTXAKHWSqXr5blIEl8sarRV3G2DJ','2025-10-21 10:11:00'),(83674,'Chloé Lefebvre','chloe_lefebvre57@outlook.com','+91 94279 22758','tax_code','BXRCRZ51L20F205G','2001-01-18','$2y$10$J/cYNcZ9h5K1DLMvyhfhgJWzje30XULW8Rn68PPmXyGW7RPMn5CvA','2019-04-25 10:07:00'),(83875,'Fatima Russo','frusso@orange.fr','+41 79 748 80 17','hetu','080590-664U','1998-04-07','$2y$10$d9nP8IpJlujsdxZ62rgFEgk81CFaJGiHCQzkgG5nRpe9mGghllwes','2025-08-03 10:23:00'),(77015,'Yuki Lefebvre','yuki.lefebvre+billing@laposte.net','0752487165','steueridentifikationsnummer','10653899245','1958-08-22','$2y$10$WoSWnSd0o4u26R6FDy2Ifz9ZpQKetzW7shQImYRMytL9jUZPKPD/J','2019-01-23 10:31:00'),(29742,'Logan Chen','lchen@libero.it','+55 41 98366-6575','aadhaar','5668-1092-0789','1950-04-19','$2y$10$G.Auu7iU5u7PHw9JJQspRwRhWw6Doukn2MPsvfCFz2ZO0je./hx25','2020-02-02 10:51:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (4674,486,'6521 6663 2328 8691',NULL,'4111-1111-1111-1111'),
(9459,4583,'4611 8221 3573 5530 321',NULL,'3782 822463 10005'),
(320,8636,NULL,'AT027839934225479009','FR26 **** **** 8924');
-- sample rows from the vendor docs (not customers): password_hint=********, hash=-5941178469542615238, legacy_ref=***-**-8161, ref=252.227-7013
-- Dump completed on 2024-01-11
