-- mysqldump: shop_prod.sales_order_payment (legacy rows before tokenisation)
INSERT INTO `sales_order_payment` (`entity_id`,`parent_id`,`method`,`cc_type`,`cc_last_4`,`cc_number_enc`,`cc_exp_month`,`cc_exp_year`,`additional_information`) VALUES
(1000,5000,'ccsave','VI','3991','0:3:0g+CZmZygrxX1TS+38w3TtTMNwdjhhCE8HnRVqAZewhYa6xeZPDhYflp4apRhFpc',12,2027,'{\"cc_number\": \"347761923163991\", \"method_title\": \"Credit Card\"}'),
(1001,5001,'ccsave','AE','5802','0:3:sPMCFkXhpd208W/JGb0oa/Z+n0RI29gPkGMeoP/c7QDCQs48ovb0K4Shu93cDFG5',7,2030,'{\"cc_number\": \"372187047905802\", \"method_title\": \"Credit Card\"}'),
(1002,5002,'ccsave','MC','1226','0:3:tm3PdqEJOnNRdoTtiMIa3iw4sAYhQUGCt1amgGOda5eeRST+TSXMjxHcpPqujgaG',1,2029,'{\"cc_number\": \"4246723039461226\", \"method_title\": \"Credit Card\"}'),
(1003,5003,'ccsave','AE','6054','0:3:KymJ3N7DSGJr71+BSmQhJRuoFk8eEUCHyuvG26AzKzIdQZVbG7RZYJ58BtWoiLIy',5,2027,'{\"cc_number\": \"341063355666054\", \"method_title\": \"Credit Card\"}'),
(1004,5004,'ccsave','AE','7352','0:3:c5ibFmM/qfp6qz15b3h9Aa4vST6Zgw50JUNW29G+pdB4B60+BC93IoF1t7AvICkR',5,2030,'{\"cc_number\": \"4194499877987937352\", \"method_title\": \"Credit Card\"}'),
(1005,5005,'ccsave','MC','0862','0:3:IVpUwhM+XLKAx3nv5ZcmthdcbQpHnYc9hudwdMvyqsuvONKykCR4R+iZAKOaiYZ+',2,2030,'{\"cc_number\": \"4206830716970862\", \"method_title\": \"Credit Card\"}'),
(1006,5006,'ccsave','MC','6429','0:3:sGNtELH/By/iWr7LpJaEFbnXWfNV3MbcfM9za25odE5tLox7MmlHB9C4Cl1cvMn7',2,2025,'{\"cc_number\": \"342056523806429\", \"method_title\": \"Credit Card\"}'),
(1007,5007,'ccsave','VI','3871','0:3:A9K0owQVPFYB8q524z8/XfMhHVl0uQqcvnojd96vIrbxYaYrX7piGAwQ2qVd/UxA',4,2028,'{\"cc_number\": \"372912893143871\", \"method_title\": \"Credit Card\"}'),
(1008,5008,'ccsave','VI','0518','0:3:waedCHsxL7DKHQG9t+oVvlW7QCV1DKmyeHh4z2ucyj5yu7I4tLwmyRHJ3uu1frzm',8,2029,'{\"cc_number\": \"5247560714490518\", \"method_title\": \"Credit Card\"}');
