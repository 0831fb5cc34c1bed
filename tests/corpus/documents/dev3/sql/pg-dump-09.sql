--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.patients (id integer, given text, family text, birth_date date, country text, national_id text, phone text, iban text, updated_at timestamp);

COPY public.patients (id, given, family, birth_date, country, national_id, phone, iban, updated_at) FROM stdin;
1	Daan	van den Berg	1945-04-28	NL	542273895	+31 6 25509435	NL78TRIO0408931816	2024-10-19 15:12:26
2	Jürgen	Krüger	2004-12-08	DE	83126645790	+49-173-64727612	DE34603138667535319400	2024-10-19 15:17:57
3	Eveliina	Korhonen	1955-11-29	FI	291155-590T	00358 41 3528077	FI4410734083228766	2024-10-19 15:26:39
4	Harry	Walker	1985-10-21	UK	XM032859C	07903 117323	GB50LOYD32821293844441	2024-10-19 15:31:47
\.

SELECT pg_catalog.setval('public.patients_id_seq', 4, true);

--
-- PostgreSQL database dump complete
--
