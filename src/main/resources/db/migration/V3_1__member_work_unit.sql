-- A member's work unit is an enterprise of the register (V3 kept it as a plain column while the two features were
-- built side by side).
ALTER TABLE member ADD CONSTRAINT fk_member_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id);
