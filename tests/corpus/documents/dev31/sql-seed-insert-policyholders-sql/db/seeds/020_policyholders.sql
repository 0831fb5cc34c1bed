-- Seed data for the staging environment, copied from the 2026-10 production snapshot
-- (KYC-902: replace with synthetic data before the audit!)
BEGIN;

INSERT INTO policyholder (id, last_name, first_name, country, id_scheme, id_value, policy_ref)
VALUES
  (7016446, 'Dubois', 'Lucas', 'FR', 'nir', '100024404796211', 'POL-2610110351'),
  (8764863, 'Fontaine', 'Élodie', 'FR', 'nir', '290076959176477', 'POL-1405115203'),
  (3434314, 'Bianchi', 'Matteo', 'IT', 'codice_fiscale', 'BNCMTT56E02G273R', 'POL-2010272009'),
  (8093325, 'Fernández', 'Pablo', 'ES', 'dni', 'Z6622051B', 'POL-2302273426'),
  (4147725, 'Weber', 'Felix', 'DE', 'steuer_id', '74219360757', 'POL-2101203491'),
  (3503946, 'Smit', 'Lotte', 'NL', 'bsn', '755303866', 'POL-0903188167'),
  (8110121, 'Salonen', 'Eino', 'FI', 'henkilotunnus', '130165-419F', 'POL-1407032521'),
  (2762764, 'Engström', 'Nils', 'SE', 'personnummer', '200108050691', 'POL-2103056582'),
  (2167060, 'Hayes', 'Marcus', 'US', 'ssn', '256-13-1115', 'POL-0805054657')
ON CONFLICT (id) DO NOTHING;

COMMIT;
