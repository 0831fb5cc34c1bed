-- MySQL dump 10.13  Distrib 5.5.62, for debian-linux-gnu (x86_64)
-- Host: localhost    Database: osc_tradgard
-- ------------------------------------------------------
-- Server version	5.5.62-0+deb8u1

LOCK TABLES `orders` WRITE;
/*!40000 ALTER TABLE `orders` DISABLE KEYS */;
INSERT INTO `orders` (`orders_id`, `customers_id`, `customers_name`, `customers_company`, `customers_street_address`, `customers_suburb`, `customers_city`, `customers_postcode`, `customers_state`, `customers_country`, `customers_telephone`, `customers_email_address`, `customers_address_format_id`, `cc_type`, `cc_owner`, `cc_number`, `cc_expires`, `date_purchased`, `orders_status`, `currency`, `currency_value`) VALUES (2200,205,'Ebba Sandberg','','Villavägen 12','','Västerås','721 77','','Sweden','072-556 75 97','ebbasandberg@outlook.com',1,'Mastercard','Ebba Sandberg','5512428004361278','1021','2019-01-14 06:33:33',3,'SEK',1.000000),
(2201,753,'Hanna Olsson','','Hamngatan 9B','','Västerås','721 92','','Sweden','072-667 55 95','hanna.olsson19@telia.com',1,'Visa','Hanna Olsson','4242424242424242','0322','2019-01-22 10:33:22',3,'SEK',1.000000),
(2202,871,'Frida Johansson','','Villavägen 12','','Västerås','721 27','','Sweden','079-530 69 54','frida_johansson@comhem.se',1,'Visa','Frida Johansson','4536457296158451','1121','2019-05-27 23:28:55',3,'SEK',1.000000),
(2203,861,'Mirela Hassan','','Villavägen 12','','Västerås','721 12','','Sweden','072-421 95 75','hassan.mirela@protonmail.com',1,'Mastercard','Mirela Hassan','5424135542282513','0222','2019-04-22 21:12:00',1,'SEK',1.000000),
(2204,670,'Olle Nilsson','','Storgatan 4','','Västerås','721 59','','Sweden','076-557 83 37','olle.nilsson@outlook.com',1,'Mastercard','Olle Nilsson','','0620','2019-02-09 03:34:34',3,'SEK',1.000000),
(2205,890,'Signe Jonsson','','Storgatan 4','','Västerås','721 17','','Sweden','076-825 52 97','signe_jonsson@outlook.com',1,'Visa','Signe Jonsson','4364482301020055','0221','2019-05-17 05:12:13',1,'SEK',1.000000);
/*!40000 ALTER TABLE `orders` ENABLE KEYS */;
UNLOCK TABLES;

-- Dump completed on 2019-11-02  3:10:44
