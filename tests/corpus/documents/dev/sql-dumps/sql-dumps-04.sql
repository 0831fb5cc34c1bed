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
) ENGINE=InnoDB AUTO_INCREMENT=37367 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (12542,'Erik Mensah','mensah.e@gmx.de','+49-40-83199368','bsn','618358614','1980-03-12','$2y$10$LPX14VP3Ye949xRBlI5MX2ycTghxIAGNsIbCaFLtXBBGeDmyqcFUQ','2022-04-14 10:06:00'),(80718,'Anna Martínez','amartinez@gmail.com','+5561999285957','ni_number','GN028461C','1965-01-24','$2y$10$McdCf1yETP3Mm2RcnAIj7ixXYUTNeUu5QD8m9taxiIhHQW8O8M4/O','2025-08-26 10:03:00'),(81048,'Oliver Esposito','o.esposito4@proton.me','+55 51 941316213','no_insee','1 45 12 06 194 413 78','1964-05-06','$2y$10$CEAheG7xhRXi.chjGaNUNYcoK7iNOaq/TbvHIyNls/5LtjdixL1tY','2024-06-13 10:05:00'),(68969,'Erik Ferrari','erik1963@telia.se','+31205124279','personal_identity_number','930221-1041','2000-08-01','$2y$10$tWbrns6/TQgohQ3tsNgMgwYamdCK.MjIQm.AEwKNKfFdyt.5nwkVm','2020-06-25 10:10:00'),(15519,'Sanne Davies','davies.s@virgilio.it','041 98882-0817','passport_number','SU2490595','1981-10-03','$2y$10$8Jg2S34IVoj.BZ6NH6Qo/JiixQZVdGShO1cJNggSQ.1fMdXsAb6Bc','2020-10-04 10:00:00'),(49490,'Pieter Novak','pieter_novak51@rediffmail.com','021 592 5055','steueridentifikationsnummer','12785498607','1966-09-06','$2y$10$8MujiNnoZJQB1xrU1YO1czr9RXHgbcvF88949iVSIhEPoWWp/1eXA','2026-06-05 10:03:00'),(87373,'Erik Kim','kim.e@me.com','04.49.19.35.85','henkilotunnus','181294-117A','1958-02-05','$2y$10$86igM8LCOZjEHWS3WfissW3KhuaNBfEx3sWYo2SJWD7l7SCpNorsr','2024-07-28 10:17:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (6653,5217,'1125 971603 46359',NULL,'5555555555554444'),
(3510,7041,NULL,'HR98-3356-8321-9896-7538-0','ES9121000418450200051332'),
(7435,6135,NULL,'IE73-BOFI-3661-3801-4617-86','CZ69 **** **** 2135');
-- Dump completed on 2026-09-01
