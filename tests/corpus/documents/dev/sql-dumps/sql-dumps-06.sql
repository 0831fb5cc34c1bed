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
) ENGINE=InnoDB AUTO_INCREMENT=55401 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (38583,'Lucía Davies','l.davies4@laposte.net','+34673512468','SSN','017-63-4834','2004-10-14','$2y$10$ObQslnQCrdHGX7gfVsHizaUky0rNRUYyWEdxkKiAxZDHFOpidnG4F','2020-06-27 10:32:00'),(13046,'Erik Thomas','e.thomas5@web.de','731 14 00 89','personal_identity_number','19661120-2141','1984-10-19','$2y$10$UGSS6gnYlKoFiNs9wEvgt5OafVTgEMYXtlK2ViXvi/3wJMO7QDZxw','2022-11-16 10:32:00'),(46169,'Emma Patel','emma-patel@outlook.com','+91 8296703274','nif','31127458V','1999-11-11','$2y$10$WCR4ftEat2sZSEa4vukTuvBIvUWSx18e1AC./i3PTBXkosLSlVHY7','2019-11-20 10:18:00'),(79816,'Harry Roberts','h.roberts4@libero.it','+1-480-224-8028','henkilotunnus','081286-761K','1957-11-21','$2y$10$Lb3JsWpJB0f6z8WyTaR1viXPQa5KBaQ43Y.ZSMF4t.N97uu131YTh','2022-03-17 10:58:00'),(64009,'Anna Chen','anna_chen90@gmail.com','+1 (646) 757-5516','passport_number','SFZ843305','1941-07-24','$2y$10$QWHRZouguwp8RqOu4wZyYim0qJdX5fnSRY1UEQi7n1sFDNadWTVAQ','2022-04-23 10:46:00'),(93841,'Ava Bakker','a.bakker6@mail.lumenbank.nl','510-267-9347','pan','9792 3017 1817 1965','1959-08-12','$2y$10$xiuHRgk073bnTcIS54R1KgNiaiTNlF5ZXB86SFkLMAreUFwYyxpdq','2021-07-16 10:23:00'),(92762,'Priya García','priya.garcia+shop@eu.helio-cloud.fi','061 98141-6543','aadhaar','453740344868','1995-07-23','$2y$10$icAiUtYONvArX0CZ7/NzpnF6gtCr4Txmne6U3NYK62agi8KzWqOQb','2020-08-05 10:40:00'),(4260,'Mia Martínez','payroll@northwind-traders.com','0325894093','ni_number','GZ 68 03 33 D','1948-11-10','$2y$10$T8zGrhiPSxUM0W1PHTtzooIlV3wm9EFCGFeVYYxJVYsykKpxSVnju','2022-11-04 10:50:00');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
CREATE TABLE `payment_methods` (`id` bigint NOT NULL, `customer_id` bigint, `pan` varchar(25), `iban` varchar(40), `masked` varchar(25), PRIMARY KEY (`id`));
INSERT INTO `payment_methods` VALUES (8311,2884,'6225558962081447',NULL,'4825-5707-4820-3249-544'),
(5208,1498,'4541 4645 2107 1761 756',NULL,'5555 5555 5555 4444'),
(5038,7998,NULL,'CZ67-2305-6091-4905-3034-7353','SE49 **** **** 7139'),
(9709,1506,'4038-9854-4399-5931',NULL,'6200000000000005'),
(7359,9907,NULL,'HR69 7466 7220 8984 1435 9','SE28 **** **** 7327');
-- Dump completed on 2025-08-16
