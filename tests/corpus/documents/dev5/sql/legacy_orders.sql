-- legacy_shop.orders (pg_dump --inserts, table data only)
-- NOTE: cc_number stored unencrypted before PCI remediation ticket SEC-9203
INSERT INTO public.orders (id, order_ref, billing_name, cc_number, cc_exp, product_code, total, created_on) VALUES
(48487, '5833472413774202', 'Diego Okafor', '6011 4106 6334 3734', '07/28', 'SKU-75060424', 525.40, '2025-05-14'),
(24731, '90415094297180', 'Ethan Moreau', '3560616371279919', '09/26', 'SKU-47989386', 355.72, '2024-07-17'),
(90672, '5347782264332010', 'Lucía Bianchi', '2394 9315 3715 3583', '10/30', 'SKU-77905101', 343.94, '2025-07-07'),
(89405, '47957966121524', 'João Wang', '3565673518714089', '12/29', '6077220419933', 307.96, '2025-08-27'),
(59714, '4035887277225620', 'Layla Haddad', '6759 8764 6900 6806', '06/29', 'SKU-98298323', 162.64, '2025-04-02'),
(72635, '92558753429014', 'Ethan Petrov', '5085646589039558', '11/26', 'SKU-29472737', 192.29, '2024-04-12');
