INSERT INTO kund (id, namn, personnr, telefon, epost, skapad) VALUES
(1,'Kofi Lefèvre','19620822-5943','+46702994204','kofi.l92@btinternet.com','2025-04-15 08:00:00'),
(2,'Kacper Kowalski','010418-8222','+46766282445','kkowalski59@gmail.com','2023-09-01 08:00:00'),
(3,'Yuki Petrov','197807041194','072-331 71 18','yukipet@banyanschool.edu.in','2023-05-09 08:00:00'),
(4,'Wei Lambert','9106085641','076-504 12 87','wei.lambert@outlook.com','2025-10-19 08:00:00'),
(5,'Lucía Nkosi','19561023-2778','070-210 01 58','lucia_nkosi@fjordtech.no','2024-05-08 08:00:00'),
(6,'Hugo Brennan','070926-8148','+46 76 247 55 36','hbrennan56@yandex.ru','2024-09-18 08:00:00'),
(7,'Siobhan Moreau','19820509-9248','+46 72 330 12 86','smoreau90@btinternet.com','2025-06-25 08:00:00'),
(8,'João Tanaka','197207280194','+46737502390','joao.t86@kestrel-logistics.co.uk','2023-12-04 08:00:00');
-- kontrollsiffra verifierad med Luhn; orgnr 212129-9685 exkluderade
