--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.patients (id integer, given text, family text, birth_date date, country text, national_id text, phone text, iban text, updated_at timestamp);

COPY public.patients (id, given, family, birth_date, country, national_id, phone, iban, updated_at) FROM stdin;
1	Per	Andersson	1957-12-19	SE	195712190361	+46-72-051-88-84	SE4495455891527434832688	2025-12-03 09:24:05
2	Lucas	de Jong	1985-02-07	NL	311278292	+31-6-15965127	NL76BUNQ8316507776	2025-12-03 09:32:34
3	Marie	Hartmann	1968-08-18	DE	72480195061	015178632754	DE16711426081409851179	2025-12-03 09:36:42
4	Juha	Lehtinen	2002-05-13	FI	130502C2278	00358 50 0207757	FI4216908831996529	2025-12-03 09:45:35
5	Olivia	Edwards	1938-08-28	UK	YP654751B	0044 7725 218379	GB15LOYD39268111950111	2025-12-03 09:54:48
6	Megan	Anderson	2001-02-05	US	823974811	+17136297947	\N	2025-12-03 10:01:55
7	Amit	Mishra	1996-07-24	IN	593136172787	9421237632	\N	2025-12-03 10:02:27
\.

SELECT pg_catalog.setval('public.patients_id_seq', 7, true);

--
-- PostgreSQL database dump complete
--
