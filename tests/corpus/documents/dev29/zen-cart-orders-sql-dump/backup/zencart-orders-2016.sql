-- MySQL dump 10.13  Distrib 5.5.62, for debian-linux-gnu (x86_64)
-- Host: localhost    Database: zencart
-- ------------------------------------------------------

LOCK TABLES `zen_orders` WRITE;
/*!40000 ALTER TABLE `zen_orders` DISABLE KEYS */;
INSERT INTO `zen_orders` (`orders_id`, `customers_id`, `customers_name`, `customers_street_address`, `customers_city`, `cc_type`, `cc_owner`, `cc_number`, `cc_expires`, `date_purchased`) VALUES (2200,710,'Tove Gustafsson','Storgatan 80','Umeå','Visa','Tove Gustafsson','4331102028835839','0217','2016-05-10 12:00:00'),(2201,468,'Emil Engstrom','Storgatan 62','Umeå','MasterCard','Emil Engstrom','5486485517630138','0518','2016-04-11 12:00:00'),(2202,101,'Erik Engstrom','Storgatan 66','Umeå','American Express','Erik Engstrom','372598497907983','1219','2016-03-12 12:00:00'),(2203,847,'Moa Olsson','Storgatan 58','Umeå','Visa','Moa Olsson','XXXXXXXXXXXX4772','0618','2016-04-13 12:00:00'),(2204,563,'Per Larsson','Storgatan 8','Umeå','Visa','Per Larsson','4038799137534165','1017','2016-09-14 12:00:00'),(2205,291,'Viktor Holmberg','Storgatan 24','Umeå','MasterCard','Viktor Holmberg','5581937545780503','0518','2016-04-15 12:00:00');
/*!40000 ALTER TABLE `zen_orders` ENABLE KEYS */;
UNLOCK TABLES;
