-- MySQL dump 10.13  Distrib 8.0.32, for Linux (x86_64)
--
-- Host: 127.0.0.1    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.36

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
) ENGINE=InnoDB AUTO_INCREMENT=85484 DEFAULT CHARSET=utf8mb4;

LOCK TABLES `customers` WRITE;
INSERT INTO `customers` VALUES (15976,'{"customer_name": "Rahul Chatterjee", "emailAddress": "rchatterjee@outlook.com", "cell": "75359 22706", "fecha_nacimiento": "1983-10-07", "AADHAAR": "4843 2161 9545", "reisepass_nr": "V7120871", "card_masked": "237802******0342", "remote_addr": "2400:cb00::aed9:3ada:8648", "member_id": "51021493097"}','rchatterjee@outlook.com','$2b$12$mpbm8k.aMBbXh3xzk0uyfOaANC0PgHLbz/0pITqChtp6TvQh03OFu','2026-05-21 23:22:24'),(20778,'{"displayName": "Davide Ricci", "emailAddress": "davide_ricci@oakridge-clinic.co.uk", "contact_phone": "+39 06 8372 4113", "geboortedatum": "2006-05-02", "CodiceFiscale": "GPNKYZ88T52G224A", "passport_no": "BC9924253", "pan_masked": "4351 **** **** 0881", "account_no": "3758937832"}','davide_ricci@oakridge-clinic.co.uk','$2b$12$Py2uLeOfR7gD.Zcc2jDfFc6gVXnX/MSbkNeItto36y5a.4fe3YYZc','2026-06-12 02:56:38'),(39208,'{"displayName": "Keisha Delgado", "e_mail": "keisha.delgado83@yahoo.com", "data_nascita": "January 20, 1960", "tax_id_ssn": "719-76-1659", "passport_number": "J62430409", "pan_masked": "4521 **** **** 7525", "member_id": "3557792865"}','keisha.delgado83@yahoo.com','$2b$12$CbV1jTBezrBclq44dnWtNCX4A9BB9Yi5th4zsN.rQ8NEFg7mqe.QV','2026-09-13 17:52:01'),(5279,'{"displayName": "Sofia Nyström", "mail": "snystrom@ribera-seguros.es", "dateOfBirth": "1965-10-03", "Personnummer": "196012152440", "passportNumber": "62781515", "pan": "6279 0681 7020 0487", "last_ip6": "2606:4700:3d96::bdae:b98c:e87e", "account_no": "7864079770"}','snystrom@ribera-seguros.es','$2b$12$hDPsF.pzHS5xZ0vyxC.7iyUdLTYlX6.Ap7f2H/ajLdVLeE3d9og2U','2026-10-27 04:24:14'),(16769,'{"full_name": "Jane Doe", "emailAddress": "john.smith@example.org", "phone": "+1 415 555 0142", "signup_date": "2021-09-21", "nationalInsuranceNo": "NK077573C", "cc_number": "XXXX-XXXX-XXXX-5921", "kontonummer_iban": "DE89 3704 0044 0532 0130 00", "last_ip": "fda5:9e7d:b645::c630", "passport": "N/A", "is_test_account": "true", "ssn": "602-00-6932"}','john.smith@example.org','$2b$12$YNYpo2iH3/XUa8CeOkqzEVVdWVz5a4fa0O/8ygkJFHiRhI7MZRewp','2026-07-09 19:07:52'),(20589,'{"displayName": "Aino Laaksonen", "e_mail": "a.laaksonen@acornlegal.com", "telephone": "050-6420393", "DOB": "25.10.1968", "HETU": "100212C858U", "travel_document_passport": "EG3782415", "card_last4": "**** **** **** 5063", "last_ip6": "2a01:4f8:40e5:c237:b67f::", "customer_id": "88963110266"}','a.laaksonen@acornlegal.com','$2b$12$csKs5QPcOrm/s1BSlo.dr5Pj7h/CdidoAoGrPebuaMRv5iKkyYMMi','2026-08-15 21:03:03'),(89879,'{"customer_name": "Niamh Cartwright", "emailAddress": "n.cartwright@fjordline-systems.no", "birthday": "07/21/1994", "ni_number": "AZ 79 58 21 C", "PassportNo": "912508300", "pan_masked": "**** **** **** 9872", "customer_id": "2814445775"}','n.cartwright@fjordline-systems.no','$2b$12$d65GLyh9.1LZ9ro2wdinDtZCkbFF.XiMX1P8yTpRx07llx1HPQW1Z','2026-01-01 15:05:04');
UNLOCK TABLES;

DROP TABLE IF EXISTS `payment_methods`;
INSERT INTO `payment_methods` (`customer_id`,`pan`,`iban`,`holder`,`fingerprint`) VALUES
(19150,'4213486658717984','DK5676769922613388','Lucía Castillo','ce6e64581492ab452c3a3b6fc7c0d642ba9beebe'),
(68857,'30057206118337','NL02ABNA7971622029','Juha Heikkinen','16d6baac1701e74f466cbd4a8f95bd579990200f'),
(52617,'3539359117161042','DK4288665083739430','Kavya Sharma','50e3a9399360eb5502f109f427060e3ea6acdfb0');

CREATE USER 'report'@'%' IDENTIFIED BY 'WILuY1C-bq8D-kC';
CREATE USER 'app'@'10.0.%' IDENTIFIED WITH mysql_native_password BY 'Lumen1189!';
ALTER USER 'backup'@'localhost' IDENTIFIED BY '<redacted>';
GRANT SELECT ON shop.* TO 'report'@'%';

-- Dump completed on 2026-02-24 13:51:31
