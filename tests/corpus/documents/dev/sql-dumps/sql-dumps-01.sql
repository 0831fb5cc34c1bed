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
) ENGINE=InnoDB AUTO_INCREMENT=10961 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (56537,'Pablo Virtanen','pablo-virtanen@elisanet.fi','+41 (0)44 719 65 46','burgerservicenummer','964881627','1947-09-02','$2y$10$xOCIYGgfinKUhQUREVcRd7azJBedAYFBHqN2BBFSgWawTRCRmMsmG','2022-01-21 10:26:00'),(30635,'Ava Schmidt','schmidt.a@hotmail.co.uk','+5561950772783','personal_identity_number','194406107807','1946-02-09','$2y$10$F.34IMb7u3ASR.NpxNouI7ACHKVQLCTZEtNdO1tVr/KJ4.dhKNFtq','2021-03-24 10:31:00'),(30164,'Aisha Wiśniewski','sales@bluepeak-energy.com','03 62 33 94 46','nir','290067667360692','1958-05-22','$2y$10$Fg9mV4CS5eiT0CYkDPHW9D.3e.wvj2aH8W388H9f/2mJ.CB.li64S','2026-12-23 10:06:00'),(43937,'Lars Iyer','l.iyer5@virgilio.it','0547725020','social_security_number','530-88-9633','2002-04-08','$2y$10$ZVh1/.H.S6bIcUggX.U2U9y9KHUF8RPReCYdLl9qpnzcib7lUzanq','2026-10-11 10:22:00'),(94613,'Nora Ferrari','nora.ferrari+github@ziggo.nl','0041 22 862 29 74','national_insurance_no','SA161633B','1993-06-28','$2y$10$7QnB34Lf4FOTr/NA20nD.akw1Oxh3U6NPI6wAxIBAHaKQDevhCBbr','2023-02-20 10:07:00'),(9888,'Maximilian Dimitrov','maximilian-dimitrov@web.de','+41 (0)79 115 63 00','nif','Y8893717E','1955-07-01','$2y$10$093HawbgUDqC4Z2cAc4dJK83wZJME5IQdb0l8GlM.TOH7K5.vPj8F','2022-12-22 10:17:00'),(15765,'Emma Sharma','sharma.e@gmail.com','602-856-1210','codice_fiscale','CCNTZX73M10F205Z','1975-08-02','$2y$10$HkSR4YO10SswSwoEOAmuPoZfGUcPde0wpX0KR1/lTh.9F3nRlYDm2','2025-02-19 10:23:00'),(19029,'Maximilian Williams','dpo@brightlane.io','02038992178','aadhaar','4005 6877 1470','1951-11-10','$2y$10$.1Dc/aBTi5QvQqTTEj6lIed0H5kY1VCf1fqHfIMyVnRz1wG34RVsY','2022-01-25 10:42:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (9532,6998,NULL,'ES1920514302711676352385','NL25BUNQ2426937050'),
(6378,6857,'5178500797437120',NULL,'346701*****1486'),
(2281,5166,NULL,'DE47627798720345509380','DK28 **** **** 0488');
-- sample rows from the vendor docs (not customers): at=18:36:21, pk=pk_live_P65xDdW19vlsquji6w4JkTsP, driver_version=58.8.40.223
-- Dump completed on 2019-07-05
