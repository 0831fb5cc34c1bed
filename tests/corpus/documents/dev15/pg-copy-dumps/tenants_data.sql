--
-- PostgreSQL database dump
--

-- Dumped from database version 16.4
-- Dumped by pg_dump version 16.4

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

COPY public.tenant_integrations (tenant_id, provider, api_key, api_key_last4, account_ref, enabled) FROM stdin;
366	brevo	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	86dt	acct_q3umWhhkFm05Mz	f
218	databricks	dapib781962f250798fdbdac25445c8be54a	e54a	acct_jRyvaWvLpEdtUQ	t
350	brevo	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	B3eK	acct_Lfv5Adk4lIdeOW	t
258	grafana	glsa_YKdxfBLAFGPXDVjuba79CBfj4gSSKlse_7716a157	a157	acct_tMdWZ9qBnMAzWb	f
152	fortnox	GLQbdMb0sAtoiu2Hkp3LRZ4cdhpFER/9R5afOcy+tRQ=	tRQ=	acct_M2WZ4gNuloZGiR	f
311	databricks	dapi108f107483144de5b41dd6a5b5eb9379	9379	acct_Dru94cTp4d5t1J	f
96	pipedrive	9f4cf00ab8a56572de9eb1c1a4565413b6ea823c	823c	acct_tId5cPPbhlhRzj	t
113	visma	dQKDjD9AASgjJjBORwtMRtHPTZheQnlOt7Cb	t7Cb	acct_hZe32rzI03opsH	t
315	fortnox	468c0a3fd4c618cfcb1057cf50dddc7a	dc7a	acct_IuphgqDK6RyLvq	f
57	grafana	glsa_smyuXyOnOsbcq6T97Qw2qcQ5h0dsgohM_88b62813	2813	acct_Pq7mbgF2IyFLAT	t
40	visma	LsgfOlQiSHkIUtUh8XUPBbDgHbUyDsVQqpMBm0uVlx8=	lx8=	acct_jomWFxR4Sbi8Sm	f
363	pipedrive	1ldWzaL6fLlLpfyt4LxpdOIqTSKHAGzQ	AGzQ	acct_ovGGXTs1wxee5n	t
108	grafana	glsa_0Ntx2wyxqPBHtuPH1LukfI5htdIEoYOE_64321572	1572	acct_R7aF9gbVWBpIo9	f
245	databricks	dapi943fb5f86ea6548153c96961d6bd9607	9607	acct_UQHxjPLtvlhFaq	f
240	brevo	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	LeL8	acct_U8V9ATTuTALgnr	t
110	zendesk	a9f0c42c2263e4b22e09b943bef1d0b64b5897e0	97e0	acct_NuvaNQ8rnj5xMF	t
306	pipedrive	7d2cc40555d4d28fe46e43472ddef8c1ac560302	0302	acct_ilRD0xKkyaHqJP	t
223	zendesk	JfaJawIKnxf2ksuUfczjlEqMQAKJSUjV	SUjV	acct_mLeC66rfHpKLRR	f
\.

COPY public.smtp_relays (id, host, username, password, port) FROM stdin;
1	smtp0.example.net	relay-0	FfWH0idbHwiu0	587
2	smtp1.example.net	relay-1	AHDN7tii+OWj=lG9TI^8	587
3	smtp2.example.net	relay-2	Uu!vUoL8yN8sp6gFa04	587
4	smtp3.example.net	relay-3	SJG7KUG?pH^9*WL^3o3Z2	587
5	smtp4.example.net	relay-4	rdB?ID$1!!L8hrHlk#1C3aUR0	587
6	smtp5.example.net	relay-5	W51LPNcNX0c0Y6LibrX	587
\.

