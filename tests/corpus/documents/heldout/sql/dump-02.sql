-- MySQL dump 10.13  Distrib 8.0.32, for Linux (x86_64)
--
-- Host: db-prod-01.internal    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.31

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;

DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `data` json DEFAULT NULL,
  `email` varchar(255) NOT NULL,
  `password_hash` varchar(100) NOT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=86522 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (87824,'{"customer_name": "Ute Kessler", "contact_email": "ute.kessler@maraviglia.it", "phone": "+49 30 51183636", "fodelsedatum": "2000-02-02", "tax_id": "36 528 401 576", "reisepass_nr": "F6JW1XN9H", "card_last4": "XXXX-XXXX-XXXX-2356", "account_no": "5875391198"}','ute.kessler@maraviglia.it','$2b$12$mL5TQNf5DW1hIPjK.YY4NqftFYGDn/o21YMmehiufxbsEOvaveYWa','2026-08-02 18:45:38'),(51655,'{"full_name": "Elsa Engström", "contact_email": "elsa.engstrom@helmsgate.com", "tel": "08-120 27 82", "syntymaaika": "March 6, 1998", "pnr": "4409258300", "passport_number": "67530526", "card_number": "3627-270187-9689", "ipv6": "2a01:4f8:fb62:b946:861c:91a7:42c8:c34e", "account_no": "42606671"}','elsa.engstrom@helmsgate.com','$2b$12$pIyyW6BImSRT8gmYmDajJMNnnL0IUbWr6NM34EPBTnTlHNAgZuw1/','2026-11-18 04:52:12'),(22652,'{"customer_name": "Yannick Lefebvre", "email": "lefebvre.y+billing@tuulivoima.fi", "phone": "+55 (31) 94463-9592", "date_of_birth": "August 21, 1968", "NIR": "1 79 11 59 770 435 33", "passeport": "14SN63611", "pan_masked": "6547 **** **** 8832", "customer_id": "54420605"}','lefebvre.y+billing@tuulivoima.fi','$2b$12$owDb4M.iCippck492AYOtjBn0AU8Hgve9hPUakJ1cKJikyp5q3mZU','2026-11-20 03:06:31'),(8094,'{"name": "Brent Delgado", "Email": "bdelgado@gmail.com", "contact_phone": "08-254 41 66", "geboortedatum": "October 9, 1987", "socialSecurityNumber": "785-30-4957", "passport": "C25195388", "pan_masked": "**** **** **** 4955", "member_id": "75975720"}','bdelgado@gmail.com','$2b$12$W/ZoyQWBAGMOFLjW1nRYxYBNfcP/p8LYjxGiHzAxPF8wLrLmNXc0M','2026-07-26 15:50:18'),(61565,'{"customer_name": "Lucía Ortega", "email": "lucia.ortega92@hotmail.es", "geboortedatum": "22.07.1939", "DNI": "27.726.434-A", "passportNumber": "XTE248381", "card_no": "5537190840614226", "last_ip6": "2A02:8108:EDA3:84C1:9C17:68AE:757F:5C48", "account_no": "24913097539"}','lucia.ortega92@hotmail.es','$2b$12$2mdyWszqNjZzscqijTYo1UONmmVNpDB6JG/c50UWp.OCaHnhB9N7/','2026-02-10 09:46:24'),(51305,'{"name": "Satu Salminen", "email": "salminen.s@oakridge-clinic.co.uk", "msisdn": "704 26 39 29", "date_of_birth": "1958-03-23", "personal_identity_code": "131237-0463", "passportNumber": "RM2066324", "card_no": "30039986860189", "customer_id": "6990260034"}','salminen.s@oakridge-clinic.co.uk','$2b$12$kyh62wn4E1R7jPH8k7tqKH.xcwBmkjBPdt3/N8EFj9SHouW1Ffrck','2026-06-19 12:12:49'),(13266,'{"customer_name": "Sofia Holmgren", "contact_email": "sofia.holmgren98@outlook.com", "fodelsedatum": "1961-03-18", "personal_identity_number": "0006176655", "passport_no": "34581407", "pan_masked": "XXXX-XXXX-XXXX-9757", "member_id": "87142728"}','sofia.holmgren98@outlook.com','$2b$12$8YFvx3av4vuK4FJZLOtuyZbQdnTW3eOGAIzfl3.00XGCA42RFZKoy','2026-11-06 01:19:35');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(24503,'2279313807520736','NL08ASNB0507537416','Colby Harrington','4c0783fbe608687d74a4823b3ba66da3f433b84f'),
(96648,'3565559717128363','IE78IPBS90941495293137','Benoît Moreau','64e1fd3bc7b706f78d2831247997cbfca6be86ef'),
(15757,'4104403569161089','GB33LOYD12247320011710','Niamh Cartwright','24d6c40521bea58eab5f2689467c0dfbb1d1c3f1'),
(46138,'3566002020360505','SE0571336032399069234849','Torsten Brockmann','29d8f7c5d8ffc260f15e48334722782bcb6643a5'),
(13519,'4242424242424242','IT89T0263233384087498182509','Thibault Chevalier','ef10f81a71351e5493825ab03e4d789b24db8876');

CREATE USER 'report'@'%' IDENTIFIED BY 'Winter1187%';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'UjA528Vh-7677n6';
ALTER USER 'backup'@'localhost' IDENTIFIED BY 'changeme';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-07-06 06:15:17
