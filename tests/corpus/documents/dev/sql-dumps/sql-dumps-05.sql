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
) ENGINE=InnoDB AUTO_INCREMENT=7118 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (97852,'Pieter Rossi','p.rossi7@t-online.de','+31 20 670 6247','documento_identidad','Y8683551F','1999-01-16','$2y$10$zMtgSAZzlD3lZcFNwncZNZOukU9Mzl1BeOk2UCzAY9gOdtVmqdQmi','2024-02-20 10:10:00'),(86787,'Liam Popescu','popescu.l@hotmail.es','+55 51 94893-4512','personal_identity_number','19910803-2112','1957-09-26','$2y$10$ouzjcppjpTOqdk9Fg8l6zNefcNPrP6ZvTaLNauT5iyIaM2ysSEFsk','2021-11-12 10:25:00'),(78716,'Freya García','garcia.f@seznam.cz','+33 1 59 78 10 89','steueridentifikationsnummer','14972360785','1947-03-12','$2y$10$OEw0OpcVCxRHzkjBp.4R9sjzW3lAumpP96d7vI1yduGZbiWDMEPaj','2023-03-05 10:46:00'),(50737,'Ingrid Davies','i.davies4@seznam.cz','0788340822','bsn','100704190','1993-01-08','$2y$10$2xEv3mkJ9Ln40bvkoE5nzrpZymB8beu1Z0ggDBTui7.pbTe81ZF5/','2025-12-26 10:12:00'),(18225,'Amelia Martínez','amartinez@free.fr','+919560166718','personal_identity_number','650303-3075','1990-09-14','$2y$10$1Y8Yow9po6AX9LpkCgfZLazdLs.8wiGg96v5SjemL5u1t8WXumo.A','2026-01-17 10:39:00'),(81582,'Ivan Novak','ivan.novak@free.fr','01.64.48.57.66','social_security_number','322622509','1996-12-03','$2y$10$02FuGqg.n5JnE0/zFsWBNRt9pBGqTDWGrIDJChcGoMRDxCtAWy2uB','2023-11-11 10:32:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (7413,9877,NULL,'PT87728882115344667422774','NL41 **** **** 0833'),
(5831,2148,NULL,'IT83D86712567560QHNOL9M13ZE','GR884058089TVF35O6JLO5DC40I'),
(428,3168,'5019966082454992',NULL,'XXXX-XXXX-XXXX-4809');
-- Dump completed on 2024-07-07
