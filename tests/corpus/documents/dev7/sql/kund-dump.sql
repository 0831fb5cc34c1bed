--
-- PostgreSQL database dump
--
SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.kund (
    kund_id integer NOT NULL,
    kundtyp text NOT NULL,
    identitetsnummer text NOT NULL, -- personnummer eller organisationsnummer
    namn text NOT NULL,
    gatuadress text,
    postnummer text,
    postort text,
    telefon text,
    ocr_referens text,
    skapad date
);

INSERT INTO public.kund VALUES
  (501, 'PRIVAT', '19990116-8931', 'Lucas Persson', 'Kungsgatan 76', '906 69', 'Umeå', NULL, '55925257218', '2024-02-12'),
  (502, 'PRIVAT', '970529-5260', 'Lennart Bengtsson', 'Drottninggatan 75', '415 92', 'Göteborg', '0795334105', '16665968711', '2024-01-26'),
  (503, 'PRIVAT', '980218-0399', 'Lucas Danielsson', 'Vasagatan 52', '852 84', 'Sundsvall', NULL, '37714652411', '2024-05-16'),
  (504, 'FORETAG', '969831-4656', 'Autumn AB', 'Drottninggatan 59', '854 54', 'Sundsvall', '0722036131', '11076634010', '2024-03-25'),
  (505, 'PRIVAT', '200110302536', 'Maria Wallin', 'Östra Hamngatan 20', '226 13', 'Lund', NULL, '04619877519', '2024-03-23'),
  (506, 'PRIVAT', '770401-4013', 'Sofia Andersson', 'Skolgatan 50', '725 53', 'Västerås', '073-521 00 26', '22356335814', '2024-05-22'),
  (507, 'PRIVAT', '200610155483', 'Lena Bergström', 'Sveavägen 71', '859 62', 'Sundsvall', NULL, '47851735614', '2024-05-21'),
  (508, 'FORETAG', '559668-4968', 'Mesa AB', 'Vasagatan 14', '224 67', 'Lund', '079-6821686', '06388362110', '2024-01-24'),
  (509, 'PRIVAT', '198706244210', 'Johan Pettersson', 'Skolgatan 78', '413 67', 'Göteborg', NULL, '69708120717', '2024-01-10'),
  (510, 'PRIVAT', '19800304-2721', 'Agnes Eriksson', 'Storgatan 74', '704 82', 'Örebro', '072 143 97 91', '90319820818', '2024-04-13'),
  (511, 'PRIVAT', '199708297362', 'Erik Ekström', 'Tallstigen 59', '224 21', 'Lund', NULL, '40898053810', '2024-05-13'),
  (512, 'FORETAG', '969661-6409', 'Saffron AB', 'Drottninggatan 27', '707 87', 'Örebro', '072 754 49 55', '49404807015', '2024-05-15'),
  (513, 'PRIVAT', '197110197840', 'Hans Lundgren', 'Skolgatan 23', '972 37', 'Luleå', NULL, '85012823119', '2024-03-13'),
  (514, 'PRIVAT', '194906081668', 'Agnes Olsson', 'Storgatan 26', '588 31', 'Linköping', '08 738 74 06', '32603034912', '2024-03-11');

ALTER TABLE ONLY public.kund ADD CONSTRAINT kund_pkey PRIMARY KEY (kund_id);
-- PostgreSQL database dump complete
