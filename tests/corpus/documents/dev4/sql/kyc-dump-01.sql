-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 172.24.230.235    Database: onboarding
-- ------------------------------------------------------
-- Server version	8.0.39

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Table structure for table `beneficiaries`
--

DROP TABLE IF EXISTS `beneficiaries`;
CREATE TABLE `beneficiaries` (
  `id` int NOT NULL AUTO_INCREMENT,
  `full_name` varchar(120) NOT NULL,
  `gender` char(1) DEFAULT NULL,
  `dob` date DEFAULT NULL,
  `aadhaar_no` varchar(14) DEFAULT NULL COMMENT 'TODO: must be tokenised (ADV vault) before go-live',
  `aadhaar_masked` varchar(12) DEFAULT NULL,
  `mobile` varchar(16) DEFAULT NULL,
  `email` varchar(120) DEFAULT NULL,
  `pan` char(10) DEFAULT NULL,
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP,
  `updated_at` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_aadhaar` (`aadhaar_no`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4;

--
-- Dumping data for table `beneficiaries`
--

LOCK TABLES `beneficiaries` WRITE;
/*!40000 ALTER TABLE `beneficiaries` DISABLE KEYS */;
INSERT INTO `beneficiaries` VALUES (1,'Siddharth Bhat','M','1975-10-06','836378487504','XXXXXXXX7504','6958394311','siddharthbhat@gmail.com','GMXPQ6076V','2023-01-18 18:10:36','2023-02-23 17:23:12'),(2,'Harish Verma','M','1971-08-07','963838110606','XXXXXXXX0606','+916248114522',NULL,'XSZPO4969R','2025-04-09 18:38:26','2025-07-30 19:50:13'),(3,'Siddharth Yadav','M','1997-09-10','2557 4460 0428','XXXXXXXX0428','+917524168146',NULL,'TVHPG6373Z','2024-09-27 06:18:15','2025-12-08 18:16:07'),(4,'Amit Iyer','M','1997-10-19','9167 4255 2651','XXXXXXXX2651','+918247763924','iyer.a@outlook.com','GYUPA3885U','2024-03-11 05:33:41','2023-04-01 21:44:50'),(5,'Kavita Gill','F','1963-01-21','846251003512','XXXXXXXX3512','+918533232459',NULL,'ZGNPR4361G','2024-08-31 01:48:48','2025-04-01 07:22:49'),(6,'Anil Mehta','M','1948-03-26','7704 2133 2115','XXXXXXXX2115','+919931861264',NULL,'FMMPR7013V','2024-12-23 15:38:33','2023-12-20 19:54:56'),(7,'Asha Shah','F','2011-01-31','9049 8171 9366','XXXXXXXX9366','8794192535',NULL,'EWHPR9133C','2023-11-01 12:42:56','2025-01-23 23:52:24'),(8,'Mohammed Mishra','M','1999-01-02','805602804290','XXXXXXXX4290','8269200360','mishra.m@icloud.com','UMEPZ7082K','2023-08-07 23:53:03','2024-09-19 01:46:57');
/*!40000 ALTER TABLE `beneficiaries` ENABLE KEYS */;
UNLOCK TABLES;

-- Dump completed on 2025-11-04 21:28:21
