--
-- PostgreSQL database dump
--

-- Dumped from database version 14.11
-- Dumped by pg_dump version 15.6

SET statement_timeout = 0;
SET lock_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE TABLE public.ekyc_applicant (
    id bigint NOT NULL,
    full_name text NOT NULL,
    date_of_birth date,
    uid character(12),
    mobile character varying(16),
    email text,
    status text DEFAULT 'PENDING'::text,
    created_at timestamp with time zone DEFAULT now()
);

ALTER TABLE public.ekyc_applicant OWNER TO kyc_owner;

--
-- Data for Name: ekyc_applicant; Type: TABLE DATA; Schema: public; Owner: kyc_owner
--

COPY public.ekyc_applicant (id, full_name, date_of_birth, uid, mobile, email, status, created_at) FROM stdin;
1000	Prakash Gupta	1953-05-26	517824054966	9849428041	\N	APPROVED	2025-05-11 16:46:58.672626+05:30
1001	Ajay Chatterjee	1979-03-06	\N	8863381870	ajaychatterjee56@yahoo.com	PENDING	2025-02-08 11:36:35.805347+05:30
1002	Imran Iyer	1945-09-15	338819520416	8103020901	\N	PENDING	2025-09-28 11:58:13.357405+05:30
1003	Meena Chatterjee	1965-03-21	465353518897	+919544316458	\N	REJECTED	2023-04-12 19:53:20.351840+05:30
1004	Siddharth Bhat	1995-10-25	550442329240	+919689503566	bhat.s@hotmail.com	REJECTED	2025-09-24 02:35:40.089208+05:30
1005	Amit Khan	1962-02-05	\N	+917457641503	\N	REJECTED	2025-01-19 14:16:54.021400+05:30
1006	Anjali Khan	1952-11-15	\N	+919581831529	\N	APPROVED	2024-04-09 22:14:30.925227+05:30
1007	Mohammed Menon	1993-08-11	616239416894	+917084977854	\N	REJECTED	2023-08-13 10:44:41.026264+05:30
1008	Arjun Deshpande	1965-02-06	714143891802	+919369836624	deshpande.a@hotmail.com	APPROVED	2023-03-24 11:45:58.146961+05:30
1009	Ajay Chauhan	1977-10-16	905942722108	+918591844586	ajay.chauhan7@hotmail.com	PENDING	2025-03-31 13:13:12.172317+05:30
1010	Divya Chatterjee	1972-01-22	692778887385	7181530552	\N	APPROVED	2024-06-03 04:30:33.621302+05:30
\.

SELECT pg_catalog.setval('public.ekyc_applicant_id_seq', 1011, true);

--
-- PostgreSQL database dump complete
--
