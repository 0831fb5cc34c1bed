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
) ENGINE=InnoDB AUTO_INCREMENT=45022 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (35983,'Anna Sharma','anna_sharma55@gmx.de','+5511948210538','henkilotunnus','150886-3941','1985-03-11','$2y$10$7eKmofdDts/n4D6eEJo8GSmf8ahQ6HJj/wmSAehDyCijDU/gBhJo6','2025-09-26 10:19:00'),(36303,'Yuki Rossi','yuki_rossi82@t-online.de','+44 20 8472 7337','no_insee','202067572758420','1985-12-12','$2y$10$MSzGgtSYW5unqnJkDVW4s9c3e8cm0vEVd6M/lUZ1xbMyJpUzrpBpQ','2023-02-22 10:25:00'),(4232,'Harry Martin','harry-martin@mail.nordicgrid.se','+61 (0)7 9433 4953','documento_identidad','Z6478888T','1963-03-04','$2y$10$9/MDjrmfiQUitel5tcYVu1UgniftC/rGE.ITvnD0fI5goj.J8Zh6o','2025-01-14 10:34:00'),(79048,'Camille Ferrari','camille1999@virgilio.it','+91 99519 70821','passportNumber','978303008','1973-07-13','$2y$10$UfJgiKNH0WvJLAkNWVk3N92ORgcNNvDi1K1mUQr6sKwsMY6bVKFNv','2023-04-10 10:28:00'),(83628,'Kenji Kim','sales@northwind-traders.com','+41 (0)61 462 13 10','SSN','558-69-2262','1991-11-13','$2y$10$DHJQ5i5hbld7W3A8o8IuONg7fBGHoUeXG.BWybbOx8MJmP9ElCyww','2019-06-06 10:00:00'),(61820,'Mason Nieminen','mason.nieminen@googlemail.com','+33 7 52 32 91 81','personal_identity_number','19461108-6382','1950-08-19','$2y$10$BqWz2RhPnjfSZ8autCE2aelGK03KtMImH3bpEIpOcX1N9Sx7RpjK5','2026-01-08 10:04:00'),(14250,'Marco Evans','m.evans4@posteo.de','(11) 97478-2536','aadhaar_no','5119-6672-4203','1954-12-06','$2y$10$KpAd8ptKulpc.bGHl1QRN6QUShlKJJfOgV1BVrI9Z8tONCAzRp/Jc','2026-06-20 10:29:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (5953,3048,'5207 2631 5489 9276',NULL,'1409-979256-17015'),
(1243,2504,NULL,'FR43 5845 7853 1258 058T T8GN S93','GB82WEST12345698765432'),
(8053,6964,NULL,'SK9109064754503446127491','DK2274088299951960'),
(4167,3422,'2246-1902-2741-5824',NULL,'4242 4242 4242 4242');
-- sample rows from the vendor docs (not customers): principal=AGPA4UWJJ7IO6Q4TSGHVW, oid=1.3.6.1.4.1.5398.3.0.5, sample_iban=CZ45 **** **** 7107, hash=-5373576034190862593, example_token=shpat_00000000000000000000000000000000
-- Dump completed on 2026-11-09
