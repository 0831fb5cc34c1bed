-- MySQL dump 10.13  Distrib 8.0.40, for Linux (x86_64)
-- Host: localhost    Database: butik_wp
-- ------------------------------------------------------
/*!40101 SET NAMES utf8mb4 */;

LOCK TABLES `wp_comments` WRITE;
INSERT INTO `wp_comments` (`comment_ID`, `comment_post_ID`, `comment_author`, `comment_author_email`, `comment_author_url`, `comment_author_IP`, `comment_date`, `comment_date_gmt`, `comment_content`, `comment_karma`, `comment_approved`, `comment_agent`, `comment_type`, `comment_parent`, `user_id`) VALUES
(900100,41241,'WooCommerce','woocommerce@localhost','','','2026-01-10 10:02:00','2026-01-10 09:02:00','Manuell kortbetalning via telefon: 5327 0879 7163 8434 exp 04/29. Godkänd.',0,'1','WooCommerce','order_note',0,0),
(900101,41316,'WooCommerce','woocommerce@localhost','','','2026-01-11 10:12:00','2026-01-11 09:12:00','Betalning mottagen (kort **** **** **** 5969). Transaktions-ID: 712683734301909592',0,'1','WooCommerce','order_note',0,0),
(900102,41594,'WooCommerce','woocommerce@localhost','','','2026-01-12 10:22:00','2026-01-12 09:22:00','Manuell kortbetalning via telefon: 4991 2079 3607 4974 exp 02/30. Godkänd.',0,'1','WooCommerce','order_note',0,0),
(900103,41594,'WooCommerce','woocommerce@localhost','','','2026-01-13 10:32:00','2026-01-13 09:32:00','Betalning mottagen (kort **** **** **** 5232). Transaktions-ID: 720677897100320450',0,'1','WooCommerce','order_note',0,0),
(900104,41563,'WooCommerce','woocommerce@localhost','','','2026-01-14 10:42:00','2026-01-14 09:42:00','Manuell kortbetalning via telefon: 5109 6481 4410 2634 exp 12/27. Godkänd.',0,'1','WooCommerce','order_note',0,0);
UNLOCK TABLES;
