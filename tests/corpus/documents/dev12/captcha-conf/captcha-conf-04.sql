INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES
('gglcptch_options', 'a:3:{s:10:"public_key";s:40:"6Lp6r8gjNM8futc25ZoGInjdDFyqxX-SQSLYs5qu";s:11:"private_key";s:40:"6LDkQ5R4ulWYMtbS58EVqq8mMYbYpmIKWxcyH4Uy";s:7:"version";s:2:"v3";}', 'yes');
INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES ('cfturnstile_secret', '0x4AAAAAAAz1npPysbI0tEbiKXdujaupiZ', 'yes');
