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
) ENGINE=InnoDB AUTO_INCREMENT=19068 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (86730,'Mei Sharma','mei.sharma+shop@icloud.com','069/8791424','dob','21.04.1962','1970-01-07','$2y$10$FBHqN2BBFSgWawTRCRmMsmGaA0LImqmlyLqYACDFV65nDplIxCXDF','2020-05-28 10:14:00'),(13901,'Emma Thomas','emma-thomas@telia.se','0439430587','bsn','960402457','1970-05-03','$2y$10$FtqQQ/./UtRLS0XkqXUj7sDEpANDZ1xoV.Hox6gJZvQ6aAUsJfRmd','2019-05-16 10:19:00'),(67928,'Oliver Dubois','o.dubois8@posteo.de','+33444296212','personal_identity_number','951024-2127','1953-07-17','$2y$10$lIThl.oKC1SzoYih5/wpGM0qxOrsZfCPk9ffqZVh1/.H.S6bIcUgg','2021-08-18 10:10:00'),(7168,'Mason Wilson','mason-wilson@aol.com','+353 (0)85 762 9901','hetu','200878-3326','1960-04-05','$2y$10$ge5Eqxkp4ATUdUdgFZ6O3TvJn0p7QnB34Lf4FOTr/NA20nD.akw1O','2025-05-14 10:39:00'),(69379,'Nora Dubois','accounts@pinecrest.edu','(020) 3489 1124','passport_no','418007299','1954-07-19','$2y$10$0qH/tLHble8NffCB0e5oO0DJ093HawbgUDqC4Z2cAc4dJK83wZJME','2026-02-05 10:47:00'),(53100,'Anna Russo','russo.a@btinternet.com','+34 932 633 490','ssn','182829388','1959-08-28','$2y$10$eRKygcg7mHE9.NxZ.hiLkFvji.FPHkSR4YO10SswSwoEOAmuPoZfG','2021-04-04 10:47:00'),(57340,'Nadia Ferrari','nadia-ferrari@free.fr','0039 02 82875386','tax_id_de','59137290860','1974-02-11','$2y$10$MVqILTBIAvmTkhVNdrlTvNCsvBLAg./tKmS.1Dc/aBTi5QvQqTTEj','2026-05-03 10:15:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (7312,8323,'6761928036395034',NULL,'197024*****6782'),
(5658,3143,'3529 2839 6220 5140',NULL,'371167*****8510'),
(2682,4354,'379370507036697',NULL,'5019 0079 7437 1200');
-- sample rows from the vendor docs (not customers): oid=1.3.6.1.4.1.1531.14.2.4, frac=0.9514842506277987, chunk=XBbgsrDYHG6KAIzaSycfDJGoRtkq8ltWu6BQ8h0jgKXbOlkVP65G7tTmfUD0Tg8DiJL, password_hint=changeme, support=(212) 555-0125
-- Dump completed on 2021-09-25
