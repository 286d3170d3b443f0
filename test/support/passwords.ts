// Passwords for tests. Rapport refuses weak passwords (zxcvbn score below 3), so fixtures use
// these rather than "password1"; WEAK_PASSWORDS are what it must refuse.
export const STRONG_PASSWORD = 'correct horse battery';
export const OTHER_STRONG_PASSWORD = 'violet tugboat marmalade';
export const WEAK_PASSWORDS = ['password', '12345678', '        ', 'password1', 'qwertyuiop'];
