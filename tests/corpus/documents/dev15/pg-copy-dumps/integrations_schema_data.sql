--
-- PostgreSQL database dump
--

-- Dumped from database version 16.4
-- Dumped by pg_dump version 16.4

SET statement_timeout = 0;
SET client_encoding = 'UTF8';

COPY public.webhook_endpoints (id, tenant_id, url, signing_secret, public_id, created_at) FROM stdin;
1000	18	https://hooks.b.example.net/in/rvyip3c6ea	b2d8e73cbd5f6b5d588a92947ce7968f	we_cSOh7L0Lq3ZORAy4BkJHaGhV	2026-01-22 04:28:11.476914+00
1001	38	https://hooks.b.example.net/in/y46h0rj46k	zA6HxQ88KcH28KCAY2MVrM/0ZUmx/CvJ+vxI1Fqd5DQ=	we_HAi16LDrvNcXPtfJRpQyasGK	2026-04-24 03:54:11.766170+00
1002	17	https://hooks.b.example.net/in/fh9u8zoa3y	QtZQj4yWITy7XJKhyjKrxuTzL4YwSV0+Tak7Z9vNgQQ=	we_n4aHAxqiSSqBxh9fLU1QS4iT	2026-04-17 21:58:11.110791+00
1003	12	https://hooks.b.example.net/in/qzjanafpbx	51bf79f727069c9cbda61129d0f3725b	we_YeS1fPmKgO4LiREXbdwsJN0k	2026-08-25 16:19:11.633675+00
1004	45	https://hooks.c.example.net/in/njl0oexiop	176906330f169a4002816fb122bba4da73d58a1a	we_CFfO4a1z2EF528WyXbgp45Yq	2026-08-14 00:46:11.243670+00
1005	18	https://hooks.c.example.net/in/uatsho9ne4	YBltoNb6WkkcAfvKl3HP9JnuAYb0UkA1Je7WRvc1	we_BUk58cG83bQEDQKAYp8eQaVc	2026-03-03 05:51:11.932293+00
1006	2	https://hooks.c.example.net/in/a83xhpva4c	B1k2G1vTbYtvkfhJcgYw~1R77XKEYzE9VVk	we_nARUmvDJnJqVd2PiJkKDSTYv	2026-09-11 02:34:11.540782+00
1007	76	https://hooks.b.example.net/in/0627lszdp4	c9bce8df8a11aff8e36f831fe96952926fe91de9	we_aaJO51y4ssyrzzTURoHU6BpH	2026-05-17 06:15:11.403740+00
1008	77	https://hooks.a.example.net/in/099f2y1j0r	cnxKOSV8yZHs45koejuF~Wb3i8j9WHgxC1o	we_xhEVIb1vbqKM1ix9cFXN0bIh	2026-04-18 23:11:11.679037+00
1009	16	https://hooks.b.example.net/in/qzsudw4lm1	5lU5eTmpi6K9l6wgGljQZuqCJYmj8w7BTQc7	we_FKRy4dOeMXPHQKdHzcnFdEBT	2026-02-15 08:40:11.441594+00
1010	4	https://hooks.a.example.net/in/jt0aumwxij	RiywO5UhMTNceG68+yrkIfdJR9Lm94stF6nxG3UDJ0Q=	we_uywGwpcqYLbmYl1wbXzzQMWX	2026-08-16 20:39:11.808979+00
1011	85	https://hooks.b.example.net/in/oz92il470l	854ca6521e9212bdacf1c5f53246a69c9393c11ab464d8979a33c30caab01ca9	we_6MWtmlMIV2oI67bonxf5mfBJ	2026-06-15 23:42:11.033941+00
1012	5	https://hooks.b.example.net/in/h3lkrkpp3v	5I81Js2eX5SJuNuDF8Vn~NRrtC19mEAw8UD	we_DcPhUS2Yo1nZrUXVEuMllbco	2026-04-10 01:55:11.336023+00
1013	8	https://hooks.c.example.net/in/w2wiscq5vp	HkU1H52kyt9suDDPRJsKlL0ZQcBdmC8RGMx2+nbgIMA=	we_GmSekTdsKF36HpwVLMk1B3Ny	2026-01-07 03:27:11.407388+00
1014	22	https://hooks.b.example.net/in/840552dyip	6WTgshhxmcrv6HMpkZLN8M9r4gXgNu2Ot2PfjYoxWVQ=	we_2IO7tCPJDVyCxr93CyUt3Dao	2026-01-18 16:58:11.766768+00
1015	14	https://hooks.b.example.net/in/hlsq5kzw8p	aa335d3e487a402809aadb43b7653d7b	we_c69NeWb3ty4VZ7CAhgMM7Xq0	2026-02-27 22:15:11.606263+00
1016	47	https://hooks.c.example.net/in/ypk0urncdd	lELwprYayzfawHDiTb4J~2vgpeJyyHTxRXA	we_PTBPPJy29PqGIcb2LflzbhV8	2026-08-03 15:15:11.135071+00
1017	86	https://hooks.a.example.net/in/i0zfyu2j27	b532a78f832d516fdfe4dbb27e0a14d5ee336482	we_tWJSdNGsg5zWdfZ9LmoZFNrP	2026-09-16 08:19:11.177385+00
\.

COPY public.oauth_clients (id, client_id, client_secret, redirect_uri, scopes) FROM stdin;
1	8a5cbc54-d1fb-4b19-b4a9-6eb4373d5516	uVFBOuA4tFcQSzDkd5bQpwUGsVdjO5oC	https://app0.example.com/callback	{orders:read,orders:write}
2	9612f838-8d3e-4532-9657-b43b4eaad1ff	fb7704c7a9720d841e8db1aaaa94cc05dc92738fc609a9b0453c50546238a8c6	https://app1.example.com/callback	{orders:read,orders:write}
3	7d82307b-70cb-4bb7-b467-ae33f27250a4	48f49d15b5f26652bae7950ae50fc7ee	https://app2.example.com/callback	{orders:read,orders:write}
4	7bf075d4-9b04-4121-943e-3465a13b0aea	ee31c336b22a084a8342a576d2367013	https://app3.example.com/callback	{orders:read,orders:write}
5	086f2399-959e-409a-9ef4-51008a32ecac	C2QKHASP77bUqaY5OCIMBGl9BB7QtrjefsTXvThsIbytGzvQ7pxJKM5MrPGLIzkO	https://app4.example.com/callback	{orders:read,orders:write}
6	bb8ecff5-23e8-4039-9dad-67f08fb1c498	371358ccfab1e445b83fcc9e89e791c2fa840ff922d2d70e2a65d76306662823	https://app5.example.com/callback	{orders:read,orders:write}
7	a3419c67-20fe-497e-a71a-83370eec8e85	R6YvPfpsPIpkuNY15tmrXl78a8Dx6G5GW6CKdEzxqNNyjlQs	https://app6.example.com/callback	{orders:read,orders:write}
8	7af04036-8c0e-4bbe-841f-48f5435fcf40	3781dd15a72c309737888cf1d28622bca443a8b24b5ce65a7576b644af3e923d	https://app7.example.com/callback	{orders:read,orders:write}
9	d421deb0-8bfb-4bf0-988d-48ade74eaa5b	5Yo59xT/6JPeRjq4IQqW25/YcKsQ3kwoSUImdvbiVps=	https://app8.example.com/callback	{orders:read,orders:write}
10	431965a9-5088-4077-a2e0-f57d4d85e7fc	b1afae04ccfcc288f5598b51e10b62bd374b59407149d87cf6dc067343d60be9	https://app9.example.com/callback	{orders:read,orders:write}
\.

COPY public.users (id, email, password_hash, last_login) FROM stdin;
1	user0@example.com	$2b$12$2GJk0Jd1xpApdmxQec3XyPxqI5IMrS1sfen9Q34IoB31Y791mND6S	\N
2	user1@example.com	$2b$12$vKauiVhy.b6ATbzak76cSVWCgXwMpUsmLtoDksz40cDsol7kjhKY.	\N
3	user2@example.com	$2b$12$yI6JaE/6Kmu5Q3awYfkJl8Svn4Xe7JZvRVq8xxAZTD0r0SddjTQ4k	\N
4	user3@example.com	$2b$12$JKAGK/WvT5DPwJ6fJ5Tb6wtkhNTuolWG4xUYQwfPacVQeobMZ72K1	\N
5	user4@example.com	$2b$12$ep/cqg/d2yWYCrBjFRVKuvl2s1KUnizJXOPlPlmJwgk24o0rxznxr	\N
6	user5@example.com	$2b$12$GFzuyzLxlnNWqgj2sLBi6u6ysMO/4dcBgI2Gdibo9s0/2s/q91kjl	\N
\.

