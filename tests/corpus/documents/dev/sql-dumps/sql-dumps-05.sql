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
) ENGINE=InnoDB AUTO_INCREMENT=39423 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (76127,'Oliver Bernard','info@northwind-traders.com','617-300-0173','ni_number','YG 23 73 66 B','1976-10-01','$2y$10$Xj54l3CX6PfV2XTvU8qLZ0JwjseUbf6Jt7dijJISlqWdHK13JaV0.','2021-06-19 10:05:00'),(90343,'Mikko Thomas','mikko_thomas43@btinternet.com','646-289-1462','personal_identity_number','910707-4032','1969-01-06','$2y$10$yMvhBAm.GrLnodXfj38/Pa/sEYHcfomg3h.e9.Rb/f7GBXO5e9ran','2021-04-16 10:40:00'),(20194,'Pablo Ferrari','pablo.ferrari@aol.com','08-790 02 81','social_security_number','599-64-9154','1980-04-20','$2y$10$ZmouNawQAP6JrI7nsX/FqJLpYOQfVR1a0pd6maTrti21sskCuFqAz','2026-02-25 10:08:00'),(31189,'Zoë Rossi','z.rossi7@yahoo.com','+61 407081539','uid_aadhaar','5462 6343 9638','1970-08-27','$2y$10$ZG0tNPr0Z5B7AoEjk4SLPbEl76S5ndoGp4HB6hxkwl7F1Vxj6DMha','2025-03-05 10:06:00'),(7795,'Isla Park','ipark@virgilio.it','020 731 3187','tax_code','KZWRCV91R44L736Z','1976-07-15','$2y$10$OAgIYHGKIMC2eEg4yAkOE2J5EnlXEO4RSPUtt9/vnt5pT.fggGi96','2023-12-25 10:59:00'),(51890,'Noah O''Brien','payroll@bluepeak-energy.com','212-325-8832','passportNumber','42TW82019','1994-09-18','$2y$10$jG3DcA6kz8s5q21rulIYyVsGSCv4nkyheQWjVTteP7dR9wTEfLsgy','2023-03-24 10:18:00'),(52022,'Ingrid Popescu','ingrid_popescu54@yahoo.com','+49-89-78629768','burgerservicenummer','262546826','1973-12-07','$2y$10$mb6EZeGUOxaHesTNrFURuJ33mGnJDoXCXXWXPgsrdqevsrwwubkQk','2026-07-06 10:01:00'),(66183,'Priya Martínez','p.martinez2@btinternet.com','0151 731 5119','numero_securite_sociale','193063154496961','1966-08-23','$2y$10$ogb5wtVpQknLA1MOA/e6MSVo4aDkE/b9c.TtoqW1vWQHkslQAi0df','2019-02-09 10:04:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (9878,3456,'5018-0095-9450-9390',NULL,'1802-274778-96324'),
(2883,5094,'2200062620662365',NULL,'**** **** **** 4065'),
(3777,843,NULL,'PT03-2838-5290-5362-0218-0767-9','FR7110584477878P3UE9D6S2139');
-- sample rows from the vendor docs (not customers): principal=AIDAJ45UWG6SPF25SYLZR, hwaddr=84:1c:9a:6d:15:89, created=2019-03-08
-- Dump completed on 2025-08-26
