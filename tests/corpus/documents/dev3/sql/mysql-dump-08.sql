-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.0.0.220    Database: crm
-- Server version	8.0.30

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
INSERT INTO `customers` VALUES (1,'Frida','Andersson','1949-06-30','SE','19490630-3138','+46 (0)76-156 64 15','SE5980020208465996396202','2025-02-16 06:21:43'),(2,'Sem','van Dijk','1946-05-29','NL','5323 96 224','+31-6-29204303','NL91INGB7018138114','2025-02-16 06:29:28'),(3,'Maximilian','Hartmann','1970-02-08','DE','23975612042','+49 170 44170373','DE27192949807730220225','2025-02-16 06:30:28'),(4,'Laura','Lehtinen','1974-09-17','FI','170974-887X','+358504853006','FI9785693872535408','2025-02-16 06:35:11'),(5,'George','Hughes','1984-04-14','UK','ZX600987B','07903 289861','GB20MIDL77843237368176','2025-02-16 06:43:25'),(6,'Linda','Anderson','1959-08-22','US','701309450','+1 (503) 848-5385',NULL,'2025-02-16 06:50:13'),(7,'Kavya','Nair','1998-12-19','IN','689894304965','91477 90497',NULL,'2025-02-16 06:58:15');
UNLOCK TABLES;

INSERT INTO `cards` (`customer_id`,`pan`,`pan_masked`,`exp`) VALUES (1,'4911418122830710465','**** **** **** 4039','06/31');
INSERT INTO `cards` (`customer_id`,`pan`,`pan_masked`,`exp`) VALUES (2,'4111111111111111','411111******1111','12/30');
-- Dump completed on 2025-02-16 07:06:03
