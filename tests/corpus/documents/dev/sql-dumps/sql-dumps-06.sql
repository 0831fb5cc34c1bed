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
) ENGINE=InnoDB AUTO_INCREMENT=27368 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (23617,'Jack Martin','jack1960@laposte.net','(03) 4117 2491','bsn','514301594','1978-06-06','$2y$10$tX/Eeqf2cxGZkUyh3VpHa85ZOtCRfw9uPNFaNH8ghzogWWiRPJE5s','2020-03-15 10:14:00'),(81997,'Jonas Martínez','jonas-martinez@corp.fjordline-shipping.no','0131 293 7204','nif','Z1759138B','1947-04-05','$2y$10$9h./sln9jWguCgy0d6Agx/HK7lpuRqigK/I29F3IX7Jp0bus5rfAu','2023-01-26 10:51:00'),(12339,'Noah Esposito','payroll@fjordline-shipping.no','+34 642 68 56 18','codice_fiscale','RCRRZT02C45F205V','1946-03-23','$2y$10$gnNtqEmljbviXvsSQM1wFr3TH9gmN5zQKo7bB7jMBv8qaLfnv/8xX','2022-02-23 10:47:00'),(2231,'Mason Tanaka','mason1972@web.de','+49 711 9821 04','SSN','498-04-0306','1942-01-16','$2y$10$SPrlVbYXNYZhE3Q/OoDDWHdCb8MI2n.NJ1MTo6szsj9vsF.Z8FF39','2025-05-25 10:08:00'),(39717,'Giulia Schneider','giulia.schneider+shop@virgilio.it','02071388590','no_insee','164013139491935','1959-03-08','$2y$10$9nEP.TxMl4wA53yyRkRLusGGNZ6dR4ECGiROtZsPPNCroyvmvD2Ra','2020-06-10 10:31:00'),(53292,'Omar Chen','billing@zephyr-mobility.de','+49 211 652658','personal_identity_number','197210234527','2005-07-21','$2y$10$qKdqYYz0W137QoMhXqvucGNRT4axH7lW2iAaI6Pi9S9NX.3c.H7oV','2023-03-03 10:00:00'),(81804,'Jack García','jack.garcia@t-online.de','0171-5030187','cf','HQHMFX61T20G273A','1989-12-25','$2y$10$Dgr5WzQsqdtHKbsmOubY8Nzai2n5shqZ.tTVTyLIVMiZg2E6K1vZw','2022-04-23 10:50:00'),(37378,'Lars Schmidt','lars-schmidt@proton.me','303-808-3463','uid_aadhaar','7549-3137-9521','1944-10-28','$2y$10$XyeqyS0jwZhB3t9kIHiwfkUsH4VVdGE2mW79Fy9DFJ0N5Hg8lqgWk','2022-08-08 10:55:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (3909,3338,'5019-4673-3862-2045',NULL,'XXXX-XXXX-XXXX-3854'),
(2681,8862,NULL,'LT58-0392-8038-4650-9172','BE68539007547034'),
(4970,1874,NULL,'SI85845925018309122','NL91ABNA0417164300'),
(2283,4368,'2204553803078805',NULL,'6200000000000005'),
(9094,140,NULL,'HR6572924059059661337','HU86934706443696725476623340');
-- sample rows from the vendor docs (not customers): hwaddr=c8:f5:dc:8e:38:23, example_token=hf_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, created=2020-10-07, at=20:57:11
-- Dump completed on 2024-03-14
