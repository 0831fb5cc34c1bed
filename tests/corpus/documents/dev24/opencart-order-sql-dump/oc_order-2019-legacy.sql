-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)
-- Host: localhost    Database: shop_legacy
-- ------------------------------------------------------
-- NOTE: payment_custom_field held raw card data from the old 'cc_offline' extension (PCI incident 2020-03)

LOCK TABLES `oc_order` WRITE;
/*!40000 ALTER TABLE `oc_order` DISABLE KEYS */;
INSERT INTO `oc_order` (`order_id`,`invoice_prefix`,`store_id`,`firstname`,`lastname`,`email`,`telephone`,`payment_firstname`,`payment_address_1`,`payment_custom_field`,`ip`,`order_status_id`) VALUES
(4100,'INV-2019-18100222',1,'Mikko','Nieminen','nieminen.mikko@gmail.com','050 747 9835','Mikko Nieminen','Storgatan 57','{"card_number":"2294 1041 6325 0047","cc_exp":"07/20"}','104.234.114.117',3),
(4101,'INV-2019-10478055',1,'Eero','Heikkinen','eheikkinen@gmail.com','+358 40 795 6670','Eero Heikkinen','Storgatan 83','{"card_number":"345508348927514","cc_exp":"09/22"}','77.149.23.171',2),
(4102,'INV-2019-12493318',1,'Miriam','Wolf','mwolf@gmx.de','+49 89 9947328','Miriam Wolf','Storgatan 64','{"card_number":"5461252030590986","cc_exp":"03/23"}','89.57.142.15',5),
(4103,'INV-2019-12376018',1,'Amira','Lundgren','amira302@outlook.com','+46798493782','Amira Lundgren','Storgatan 35','{"card_number":"5462016722450828","cc_exp":"10/22"}','54.62.6.109',4),
(4104,'INV-2019-19417435',1,'Sondre','Haugen','sondre1041@gmail.com','+47 936 17 743','Sondre Haugen','Storgatan 60','{"card_number":"3470 769567 82330","cc_exp":"03/22"}','62.83.206.105',1),
(4105,'INV-2019-15033681',1,'Leo','Hellstrom','leo911@live.se','070-380 39 97','Leo Hellstrom','Storgatan 43','{"card_number":"3400 972840 90409","cc_exp":"05/23"}','195.12.144.175',4);
/*!40000 ALTER TABLE `oc_order` ENABLE KEYS */;
UNLOCK TABLES;
-- test order from the payment provider's docs: 4111111111111111 (never charged)
