-- pg_dump of shop.customers / shop.orders (excerpt)
COPY shop.customers (id, full_name, personnummer, email, phone) FROM stdin;
300	Anders Öberg	195508023032	anders.oberg51@gmx.at	+4618420344
301	Anna Falk	194611076607	anna_falk@web.de	+46720629270
302	Frida Åberg	20081008-5233	frida_aberg@outlook.com	+46726499798
303	Sara Johansson	19471220-9594	sara963@gmx.at	+4660826600
304	Gustav Svensson	196909062272	gustav_svensson@yandex.ru	+46732713179
305	Ingrid Olsson	195711133271	iolsson@hotmail.se	+4660831406
306	Oskar Jonsson	19751226-3208	ojonsson@lumenpay.eu	+46733438854
307	Björn Gustafsson	390303-1791	bgustafsson@brightpeak.io	+46739611150
\.

COPY shop.orders (order_no, customer_id, total_sek, created_at) FROM stdin;
201907269128	305	8784.00	2025-03-21 17:31:00
20210404-3562	303	5223.00	2025-03-15 14:56:00
20200214-1154	303	2683.00	2025-03-09 10:31:00
202505132860	302	8247.00	2025-03-16 14:32:00
20200321-3044	304	5610.00	2025-03-15 19:12:00
20250427-0542	301	7995.00	2025-03-10 18:20:00
202003251564	305	9526.00	2025-03-24 11:18:00
20221216-2221	303	3995.00	2025-03-10 14:59:00
\.
