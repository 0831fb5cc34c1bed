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
) ENGINE=InnoDB AUTO_INCREMENT=63312 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (73788,'Yuki Jansen','yuki_jansen61@proton.me','0176 882 1298','passport_number','RLS939682','1986-06-21','$2y$10$bC3r.xLH/ogB4TyNiwNRk3bRYUVZ8gVVN6poOTVpemtjYBdtVI7ot','2019-08-08 10:29:00'),(85047,'Liam Patel','lpatel@bluewin.ch','07832 956061','bsn','431739018','1968-06-04','$2y$10$aSAFogJvD0HMQOcNserGXmtvD7qnKUfQKnvM2t65SquUZ.8SXdK30','2025-07-26 10:30:00'),(90293,'Lucía Smith','lucia_smith29@me.com','0171 965 2782','nir','282103817671579','1952-07-25','$2y$10$rxB36s7ngIA0bQNYYNQB9vE.dqplCYrjz/7ImGQ29hVTGIxv/ftSk','2025-07-14 10:08:00'),(50181,'Harry Sharma','hr@sunbridge.in','0711/612554','tax_code','SCKBMZ82M08E506U','1998-03-06','$2y$10$BeNCn8XH2I.S40vjTS1dw2h2wbnEojnO/S.w1sq9oGIT1p47Qk1ux','2019-01-15 10:55:00'),(96383,'Ethan Nieminen','ethan_nieminen38@t-online.de','+33 2 74 72 54 37','henkilotunnus','200400A0923','1975-02-10','$2y$10$do8NbVmL2aOgz9MxKQAHuqurdkNyU1YCoLvk8dt0rKaE.a9th6qX0','2024-12-11 10:05:00'),(10777,'Kenji Davies','k.davies3@uk.corvid-labs.io','+41764654808','dni','42266804A','1977-05-20','$2y$10$pCE6kcSj4GT3AFpe/Vv0yWRHcqzN9eQ81h1dzAlioGa/9CEX3vqKn','2022-04-23 10:08:00'),(27368,'Mia Park','mia-park@rediffmail.com','+353 83 415 9454','bsn','295644503','1973-02-08','$2y$10$bgHYbi0kvOfJIjzzFQZe/KeiI6pWueox.yJqNUc1Paojn8Czpl.QI','2023-11-01 10:25:00'),(92518,'Mei Sharma','mei-sharma@btinternet.com','086 950 7862','hetu','010162-689N','1989-11-20','$2y$10$zQxatx5fcxoXrTDw./SHqfBcSw0PjOKlLq6R74/rcTgiGRJJHMpZo','2023-12-11 10:15:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (7114,3095,NULL,'ES6677724515682851307786','NL91ABNA0417164300'),
(1037,2854,NULL,'NL47 SNSB 9377 0498 40','FR1420041010050500013M02606'),
(3773,9002,NULL,'IT20H3487146747ZM9DFNEKP8F8','RO26 **** **** X106'),
(2214,4701,'3554 8760 1858 5288',NULL,'XXXX-XXXX-XXXX-9385'),
(9060,3051,NULL,'FI53-7518-4599-2945-30','IT60X0542811101000000123456');
-- Dump completed on 2025-03-02
