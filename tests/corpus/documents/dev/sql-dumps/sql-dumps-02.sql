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
) ENGINE=InnoDB AUTO_INCREMENT=17922 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (92592,'Zuzanna Evans','evans.z@telia.se','+46 73 588 33 98','henkilotunnus','010146-111W','1973-07-04','$2y$10$V4HENCceAqGSo1Eif.ftkh48ZLVQMfIGyKHw6DVBt0CnY9cmOsFXs','2021-09-03 10:01:00'),(99776,'Logan Novak','novak.l@wp.pl','+34 919 68 68 92','cf','SXXSDH61H19G273Q','1981-04-14','$2y$10$qtcoqkyaCx1cBS5fQT2vsJ2EpNDLgSDFmOVnnjRU3rhB6XJTDnQ0p','2019-02-23 10:51:00'),(20314,'Marco Horvat','marco.horvat+travel@proton.me','+491761193184','bsn','787851589','1973-06-10','$2y$10$TfWZQIo3jUT5reTDD8hUaCUZdgHsuXKZn3Qdui9bTOHCrlEE4Xsj6','2021-01-06 10:05:00'),(98007,'Francesca Popescu','fpopescu@gmail.com','0176 793 1159','personnummer','195702040428','1943-03-14','$2y$10$3xSJLAjlN8pyGR0dDWKqOVQrKvWf03liWKALCNTxhaRwfmdraHOpy','2021-11-28 10:26:00'),(72348,'Chloé Kowalski','ckowalski@wp.pl','935426618','nir','296013570072887','1954-04-27','$2y$10$fdYOJz2tBX5/fDYywBZy3fpNmDrC2JaaheEPqiQrkrV63FlO7oGMG','2022-03-23 10:32:00'),(56601,'Liam Davies','liam.davies@mail.nordicgrid.se','0412167761','nir','2 66 12 31 467 542 93','1979-09-06','$2y$10$RM9qZSwEQnfvNX7bK6unMGU1nOgeiGxB5Crca4iDHJ3Ark4epkHMV','2019-10-27 10:44:00'),(56648,'Marco Martin','marco.martin+news@googlemail.com','+44 (0)20 8571 8544','passport_no','531682106','1972-10-11','$2y$10$gaCge8eEiVLyzrzCKYo8XuBrH/juApM1MVtusoc8/G83VCdNqKAvp','2022-10-19 10:01:00'),(22461,'Kwame Schmidt','kwame_schmidt98@laposte.net','0175-6187470','codice_fiscale','NRURDQ04C11C351O','1948-11-19','$2y$10$/5z.LMBecRxOlo82wfWIG.4of3LbGHJhnJ3iDLmV7Qs1vqBpC4rGu','2026-03-06 10:54:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (7501,8136,'4571-0866-0736-4759',NULL,'6522-2918-3061-0710'),
(4140,232,NULL,'NO5822746862746','IT77 **** **** 7PTQ'),
(1074,6362,NULL,'DE72 1938 0892 4295 8778 79','GB82WEST12345698765432'),
(9991,4594,NULL,'SI18 7910 5197 3320 936','PT48809571710982940333926'),
(1069,9030,'5141362419300895',NULL,'501930******4924');
-- Dump completed on 2023-03-11
