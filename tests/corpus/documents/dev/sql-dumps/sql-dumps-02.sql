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
) ENGINE=InnoDB AUTO_INCREMENT=58145 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (50062,'Lucía Singh','lucia_singh79@hotmail.es','00393997360769','tax_id_de','34582079868','1958-02-19','$2y$10$4j6OfTjK/7/l4LEE49RR3vMxp7bX8aBkScZT6Tl388mF5u.qYS/O6','2024-09-03 10:55:00'),(6348,'Liam Bernard','lbernard@me.com','+491767851071','ni_number','YX686200B','1954-05-10','$2y$10$DZD0pRWBZyfCzLj64TJ0GmijC3Jk0S/3lNsowYkLT0KGm5C6V.4rS','2021-08-21 10:39:00'),(91785,'Priya Nakamura','priya1960@corp.sunbridge.in','+44 (0)161 319 4691','aadhaar','4710-8271-8066','1979-11-09','$2y$10$bfNbUlL3KizILFSRYrIYB.eryNDY7n8G.KMa3bfGjRmiWUS2b59jK','2019-11-05 10:58:00'),(2593,'Ethan Popescu','ethan1964@libero.it','07 74 74 46 92','nif','58104637J','1974-02-10','$2y$10$.5qGnIUd4eF2OcPt1NqIbIypfK0JDm3MwsCjpiBlJLZXplvFjDWfk','2021-07-18 10:00:00'),(30326,'Nadia Thomas','nadia-thomas@orange.fr','0041 76 563 76 70','hetu','190455W8204','1943-10-18','$2y$10$alWHl63KlW8lH6Q/sv/zvF5kvnrl.UKZfUi0DeEKlVMCItevGl/mV','2019-06-05 10:09:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (1013,6939,'6222-0708-0194-8409',NULL,'XXXX-XXXX-XXXX-0215'),
(9814,8802,'2203 7179 7464 0757',NULL,'**** **** **** 1669'),
(343,3028,NULL,'SI97035575912530877','ES9121000418450200051332');
-- sample rows from the vendor docs (not customers): contact=user@example.net, at=00:35:34, example_token=sk_test_64o1r7FQgLn5IbhBaoh0mwdO
-- Dump completed on 2019-02-05
