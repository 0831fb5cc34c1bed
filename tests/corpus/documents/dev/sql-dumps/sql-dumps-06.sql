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
) ENGINE=InnoDB AUTO_INCREMENT=64763 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (72800,'Yuki Nakamura','yuki.nakamura+billing@hotmail.es','+1-971-475-2925','nif','76054096L','1945-12-21','$2y$10$ERUO7dvKgwXYjAoD7VU47mQofPIcpabD4buiyai7/JBNcbTQ5XTB4','2026-12-05 10:28:00'),(87613,'Oliver Mensah','oliver1981@proton.me','+5521961583767','aadhaar','715919383244','1949-02-16','$2y$10$AdNLiadwHIc5hnjqFvzC8O8Wz4cubCEASuKt1/1Jm.BCHnekYRTgP','2019-10-23 10:15:00'),(5082,'Lukas Russo','l.russo4@icloud.com','+61 2 6736 1633','passport_number','BE931630','1979-06-27','$2y$10$U6fii1qeqE7//Tuht7.6QetcmLR6FYwLUc5yUitqMAXdbBGKBx.xb','2025-02-01 10:33:00'),(84450,'Kwame Smith','smith.k@elisanet.fi','+1-347-331-7868','nino','AE772159A','1991-05-11','$2y$10$l4NbW4F1X5qi29F.6RZY5YBMOfQu7zIK5G4DKmhNNC54svk0xhwss','2025-04-01 10:14:00'),(38638,'Hannah Ferrari','hannah.ferrari@wp.pl','+33 1 25 64 32 53','aadhaar_no','5854 1841 3029','1973-04-01','$2y$10$2kOGH.Eui7E1Tf6GYh0Kgr85SbTEa1KPU/JfS7ucS0jUFPDb/UBiW','2023-11-01 10:08:00'),(52336,'Francesca García','info@parcelwise.es','93331 00122','ni_number','RZ 78 21 36 D','1957-04-07','$2y$10$1GKf2nObAbvl5iQeznt8NzkD4CEnt46ZcjZ.K0YW3g9Pbie9n8kf6','2024-09-11 10:51:00'),(28571,'Jack Bakker','jbakker@proton.me','683995785','hetu','201104A677M','1970-04-14','$2y$10$kwIhqnwbNV7h33bmX0ZnZNL4giazn/X5umPktvN3yJo4bchFUD8C8','2023-05-26 10:46:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (9255,3159,'5451-0167-9056-8074',NULL,'XXXX-XXXX-XXXX-4310'),
(7359,7710,NULL,'BE31 3669 2655 8257','FI79 **** **** 4294'),
(424,8264,NULL,'NL87RABO1011748453','IT35Y55577004869MSHLTF3UQ1Y');
-- sample rows from the vendor docs (not customers): driver_version=24.11.67.43, legacy_ref=***-**-9559, oid=1.3.6.1.4.1.3275.15.1.6
-- Dump completed on 2023-05-17
