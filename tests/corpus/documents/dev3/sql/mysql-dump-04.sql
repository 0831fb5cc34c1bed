-- MySQL dump 10.13  Distrib 8.0.31, for Linux (x86_64)
--
-- Host: 10.0.0.132    Database: crm
-- Server version	8.0.20

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
INSERT INTO `customers` VALUES (1,'Antti','Nieminen','1982-09-19','FI','190982W559P','+358 40 942 8199','FI2055944932612336','2025-07-23 06:19:46'),(2,'Isla','Wright','1995-04-10','UK','ET 44 31 13 D','+447984576673','GB13LOYD53337316738933','2025-07-23 06:27:01'),(3,'Linda','Taylor','2005-07-02','US','642-90-7564','+1 (408) 861-3655',NULL,'2025-07-23 06:36:32'),(4,'Sanjay','Sharma','1996-05-27','IN','421196493164','0091 7038000759',NULL,'2025-07-23 06:38:03'),(5,'Björn','Berg','1967-02-16','SE','670216-0398','+46 73 590 31 09','SE0580009701549154939783','2025-07-23 06:45:02'),(6,'Jeroen','de Groot','1972-11-18','NL','234042746','+31 (0)6 4980 6660','NL26SNSB7139103272','2025-07-23 06:48:25');
UNLOCK TABLES;

INSERT INTO `cards` (`customer_id`,`pan`,`pan_masked`,`exp`) VALUES (1,'4199595830195378','6011 00XX XXXX 4065','05/28');
INSERT INTO `cards` (`customer_id`,`pan`,`pan_masked`,`exp`) VALUES (2,'4111111111111111','411111******1111','12/30');
-- Dump completed on 2025-07-23 06:54:01
