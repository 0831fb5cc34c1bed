-- MySQL dump 10.13  Distrib 8.0.25, for Linux (x86_64)
--
-- Host: 10.0.0.13    Database: crm
-- Server version	8.0.23

DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `first_name` varchar(64),
  `last_name` varchar(64),
  `date_of_birth` date,
  `country` char(2),
  `national_id` varchar(32),
  `phone` varchar(32),
  `iban` varchar(34),
  `created_at` datetime,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (1,'Nikhil','Kulkarni','1980-06-17','IN','9278 1513 2032','+918791510851',NULL,'2025-02-08 02:18:28'),(2,'Astrid','Olsson','1939-10-13','SE','391073-8958','+46 70 974 97 81','SE9895498152461110399125','2025-02-08 02:18:29'),(3,'Anouk','de Boer','1944-03-19','NL','680558251','0643562435','NL18KNAB8408341179','2025-02-08 02:23:06'),(4,'Lukas','Schröder','1996-03-04','DE','38646970212','+49 (0)172 71933657','DE69493563684130725562','2025-02-08 02:24:13'),(5,'Teemu','Heikkinen','1955-12-25','FI','251255-734N','+358410654932','FI8254682952765817','2025-02-08 02:33:02'),(6,'George','Patel','2002-09-05','UK','LW 47 91 31 B','+447725150850','GB08LOYD91999624240311','2025-02-08 02:39:42'),(7,'Patricia','Wilson','1977-10-19','US','690 42 4443','4159214496',NULL,'2025-02-08 02:47:59');
UNLOCK TABLES;

INSERT INTO `cards` (`customer_id`,`pan`,`pan_masked`,`exp`) VALUES (1,'6521262358153024','3714 49XX XXXX 2369','11/27');
INSERT INTO `cards` (`customer_id`,`pan`,`pan_masked`,`exp`) VALUES (2,'4111111111111111','411111******1111','12/30');
-- Dump completed on 2025-02-08 02:56:32
