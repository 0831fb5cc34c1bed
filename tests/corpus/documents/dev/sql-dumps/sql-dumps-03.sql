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
) ENGINE=InnoDB AUTO_INCREMENT=43379 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (70038,'Ethan Bakker','ethan.bakker+billing@hotmail.co.uk','+91-9556375226','burgerservicenummer','663482719','1941-04-06','$2y$10$B13N2YQ0UV0WHp1tXjgkG.ym7urDi4ribdPoh23l2cNmoXAfX4aZj','2026-06-14 10:06:00'),(70970,'Mei Evans','mei.evans@hotmail.es','+491519923099','aadhaar_no','624646689852','1997-10-18','$2y$10$t14ZGDGTfNMJdadxx.nzvDlHgLr06u.66BFbPcpQVXwDNQKjiKVTU','2025-02-13 10:37:00'),(23355,'Arjun Fischer','arjun.fischer+travel@seznam.cz','02.18.17.71.19','passport_number','MJS116860','1994-08-22','$2y$10$GVlHWyZzrXycifl4RfmqV4DYUDua22tvdzz5k8x4EPs7Ny8oWuvXY','2019-08-19 10:31:00'),(3414,'Aisha Papadopoulos','aisha_papadopoulos53@rediffmail.com','0351 822270','social_security_number','862 99 0717','1990-05-02','$2y$10$sKZWiVNmHYcwKX.97RmrkN7IxiPp3Ec6D0nq7S9B4rXZWxTpJPmSo','2022-09-16 10:18:00'),(24482,'Omar Park','omar.park+shop@bluewin.ch','061 544 71 93','personal_identity_number','19840217-7243','1977-11-01','$2y$10$DPLXhFmcqyqC8pP9YIZN77LQ3AEMLj56SrZOyU2a1jC3BQqr9MggL','2026-06-25 10:06:00'),(67570,'Chloe Iyer','chloe_iyer97@proton.me','083 765 2609','nino','HP227217C','1964-01-01','$2y$10$eU/foDMtped65FMlMk6HeZkp1rIOpD1sU/jDfEHk0otsD1pB6QQtO','2025-02-05 10:41:00'),(2970,'Kwame Thomas','thomas.k@kpnmail.nl','+91 9504210125','nir','283046765380973','1977-04-24','$2y$10$dvhprPglxTfA/vaBQjxiYno1FW71oVj9hkkzFQB1eN6NSsRYFFOFu','2024-02-17 10:12:00'),(81482,'Giulia Popescu','popescu.g@wp.pl','+33 (0)5 17 88 92 29','hetu','050363-295D','1997-08-18','$2y$10$oreEIYu2pTI09tCJzbKunrfGrj6quJk4rwoVqGHyWpm08a7g2dHdr','2020-05-16 10:42:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (4875,9158,'4294695292071895',NULL,'XXXX-XXXX-XXXX-8189'),
(6348,5273,NULL,'DE57452649384688702937','SI66534323013792720'),
(4615,3042,'1198 393704 91069',NULL,'5555 5555 5555 4444');
-- sample rows from the vendor docs (not customers): support=(212) 555-0123, oid=1.3.6.1.4.1.3799.7.6.4, example_token=xoxb-your-bot-token, sample_iban=DE78272944554080546560, hwaddr=6d:04:e8:c3:20:6b
-- Dump completed on 2025-05-10
