--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.patients (id integer, given text, family text, birth_date date, country text, national_id text, phone text, iban text, updated_at timestamp);

COPY public.patients (id, given, family, birth_date, country, national_id, phone, iban, updated_at) FROM stdin;
1	Poppy	Williams	1948-07-02	UK	BC762580C	+44 7817 005551	GB05MIDL55113343622170	2022-07-16 11:23:28
2	Brittany	Moore	1945-01-08	US	423-03-7538	1-919-659-8811	\N	2022-07-16 11:32:20
3	Sneha	Iyer	1998-06-15	IN	701997799555	94455 07105	\N	2022-07-16 11:34:25
4	Gustav	Johansson	1978-05-25	SE	197805855801	+46-70-410-47-87	SE1530006196799168731058	2022-07-16 11:37:11
5	Lotte	Peters	1957-08-19	NL	3151 98 357	+31-6-19652038	NL73ABNA7365580271	2022-07-16 11:46:19
6	Maximilian	Hoffmann	2004-09-18	DE	91301641787	015181055730	DE73146931548332429614	2022-07-16 11:56:10
\.

SELECT pg_catalog.setval('public.patients_id_seq', 6, true);

--
-- PostgreSQL database dump complete
--
