-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: 172.25.56.91    Database: onboarding
-- ------------------------------------------------------
-- Server version	8.0.39

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;

--
-- Table structure for table `kyc_applicants`
--

DROP TABLE IF EXISTS `kyc_applicants`;
CREATE TABLE `kyc_applicants` (
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
-- Dumping data for table `kyc_applicants`
--

LOCK TABLES `kyc_applicants` WRITE;
/*!40000 ALTER TABLE `kyc_applicants` DISABLE KEYS */;
INSERT INTO `kyc_applicants` VALUES (1,'Lakshmi Mishra','F','1984-10-14','590237435476','XXXXXXXX5476','+917477755398','mishra.l@rediffmail.com','TVSPI7236G','2024-11-22 09:54:57','2024-01-31 17:56:18'),(2,'Ayesha Mehta','F','1981-04-03','841992842811','XXXXXXXX2811','9772296443','ayeshamehta29@hotmail.com','ISDPI5481A','2023-06-12 10:26:18','2023-07-19 16:29:41'),(3,'Tarun Menon','M','1978-05-11','507636923577','XXXXXXXX3577','+918187199670','tarun.menon44@gmail.com','QRXPF8073D','2024-01-21 21:44:24','2025-04-14 13:07:35'),(4,'Sushma Menon','F','1969-05-31','978342524819','XXXXXXXX4819','8819767174',NULL,'YMDPT2958I','2025-10-31 06:03:34','2025-10-05 13:36:38'),(5,'Siddharth Gupta','M','1966-01-09','998561157462','XXXXXXXX7462','6832607574',NULL,'IEDPH8102D','2024-07-18 13:13:57','2023-12-28 22:00:23'),(6,'Aishwarya Kulkarni','F','1952-05-11','391700189098','XXXXXXXX9098','+919828523175','kulkarni.a@outlook.com','MNIPS4086K','2025-02-04 08:10:17','2025-11-03 05:33:08'),(7,'Deepak Jain','M','1952-01-07','867498083105','XXXXXXXX3105','8683843744','jain.d@rediffmail.com','AKFPM5957X','2024-06-23 00:50:59','2024-10-16 07:50:31'),(8,'Jyoti Sharma','F','1950-05-06','9624 9570 8915','XXXXXXXX8915','+919188143141','sharma.j@gmail.com','IBEPE1698B','2024-04-14 22:37:31','2023-09-18 21:34:05');
/*!40000 ALTER TABLE `kyc_applicants` ENABLE KEYS */;
UNLOCK TABLES;

-- Dump completed on 2024-11-30 07:21:43
