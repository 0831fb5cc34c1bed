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
) ENGINE=InnoDB AUTO_INCREMENT=26574 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (58980,'Sanne Fernández','sfernondez@proton.me','97345 80155','numero_securite_sociale','253083847195244','1980-07-10','$2y$10$VBLY9EOpTkd2Tf9ZSdkERaQoQhOiYmMl1e.Q33Ug2kCdqI5jLoAI1','2021-08-02 10:05:00'),(65660,'Nora Dimitrov','ndimitrov@t-online.de','03 37 69 14 56','aadhaar_no','691759006702','1950-03-11','$2y$10$E5y7vu/oW04hueP9gwzryJSepHUrcA7q6tWVSzBIgIbHpUfUTeKBe','2025-11-27 10:20:00'),(30875,'Freya Kelly','freya.kelly@me.com','0732568809','hetu','070349-6662','1963-11-02','$2y$10$i0hDct19WbBp1U25fdSpvBIrWWLu3wp/jNh/7riz6ilrKoDQHVQFO','2024-06-18 10:17:00'),(50563,'Nora Müller','muller.n@outlook.com','+34 771 731 576','SSN','587 65 8547','1989-05-09','$2y$10$mP8uW3ZZ/SDmBie9cS7ObCbXbEsQilcQM4VsOqsg1xHSC9hOmFtAL','2019-06-09 10:29:00'),(2990,'Logan O''Brien','logan.obrien+news@ziggo.nl','+34 915 303 297','personal_identity_number','20050507-0730','1951-01-28','$2y$10$Z6C/1RyP80919HCXFk2KM2zWtKdbg/l0dQ6L1yKtdy0JECSL73HPv','2021-01-06 10:04:00'),(99523,'Camille Kowalski','camille.kowalski@icloud.com','647 73 99 40','passport_no','P5866158','1961-05-11','$2y$10$8HiR4jh.4hLmVr8bVco7qtl4c0Bcwmc.3scdqnTHDWqp1.mS6UDc5','2020-11-12 10:18:00'),(4717,'Grace Bakker','grace-bakker@uk.meridian-pay.eu','+353 (0)91 948 3210','burgerservicenummer','876210292','1949-03-03','$2y$10$kwjxxS1k97dmJ910BzFyMba4cQQlXR6AJzNtvE61CNc8o1tLj4Fbe','2026-07-16 10:59:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (4755,7176,'1888 272389 67954',NULL,'3782 822463 10005'),
(4258,979,NULL,'EE02-4233-8254-9262-0854','PL88556833955777075184396967'),
(456,9569,NULL,'HR69-5066-6105-8809-6124-2','CZ9092157868432757523298'),
(5763,5782,'3645-632419-2782',NULL,'4111111145551142');
-- Dump completed on 2019-02-06
