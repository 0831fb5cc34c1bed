-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 10.20.0.15    Database: shop
-- ------------------------------------------------------

DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `full_name` varchar(120) NOT NULL,
  `email` varchar(190) NOT NULL,
  `date_of_birth` date DEFAULT NULL,
  `phone` varchar(32) DEFAULT NULL,
  `passport_no` varchar(16) DEFAULT NULL,
  `created_at` datetime NOT NULL,
  `last_login` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (1000,'Sophie Lindqvist','slindqvist97@quantumleaf.co','1996-05-05','+44 (0)7471 593333','539516727','2023-10-24 10:24:00','2025-06-01 18:02:11'),(1007,'Ethan Weber','eweber4@yahoo.co.in','1941-06-12','020 8983 4942',NULL,'2020-09-24 10:42:00','2025-04-06 18:02:11'),(1014,'Jonas Lindqvist','jlindqvist4@yandex.ru','1955-01-12','971.890.0701','GYC4GJ6JP','2024-04-20 10:04:00','2025-04-08 18:02:11'),(1021,'Olga Santos','olgasan@kolumbus.fi','1997-10-01','0171-6914054','PAB621742','2024-07-25 10:04:00','2025-01-10 18:02:11'),(1028,'Dmitri Virtanen','dmitri_virtanen@libero.it','1963-01-24','+34 744 594 646',NULL,'2021-04-20 10:26:00','2025-07-11 18:02:11'),(1035,'Amelia Martínez','amelia_martinez@bigpond.com','1978-06-28','330 9864586','LJDJ4P343','2024-10-22 10:58:00','2025-05-10 18:02:11'),(1042,'Kofi Lambert','kofilam@fjordtech.no','1975-03-07','+31 6 93425707','23GJ66564','2023-06-25 10:42:00','2025-07-12 18:02:11'),(1049,'Siobhan Johansson','siobhan.johansson@meridianhealth.in','1960-07-09','0300022067',NULL,'2023-02-06 10:14:00','2025-05-16 18:02:11'),(1056,'Marco Brennan','marco.b87@live.nl','1946-09-27','+44 (0)7864 891423','YB879066','2024-06-26 10:04:00','2025-08-13 18:02:11');
UNLOCK TABLES;

-- Dump completed on 2025-12-20 02:00:01
