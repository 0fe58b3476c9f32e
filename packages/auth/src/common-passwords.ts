/**
 * Passwords of eight or more characters that top the published breach-frequency lists
 * (SecLists "10k most common", NCSC's 100k list). Shorter ones are refused by length anyway.
 * Compared case-insensitively, so "Password1" is refused along with "password1".
 */
const COMMON_PASSWORDS = new Set(
  `
password 12345678 123456789 1234567890 password1 password12 password123 password1234 passw0rd p@ssw0rd
p@ssword qwertyuiop qwerty123 qwerty12 qwerty1234 1q2w3e4r 1q2w3e4r5t 1qaz2wsx zaq12wsx qazwsxedc
11111111 00000000 12341234 87654321 11223344 12344321 123123123 123321123 987654321 99999999 88888888
66666666 55555555 22222222 12121212 11112222 abcd1234 abc12345 abcdefgh abcdefg1 a1b2c3d4 aa123456
iloveyou iloveyou1 iloveyou2 sunshine sunshine1 princess princess1 football football1 baseball
baseball1 basketball superman superman1 batman123 starwars starwars1 whatever whatever1 trustno1
welcome1 welcome123 welcome12 letmein1 letmein123 dragon123 monkey123 master123 shadow123 michael1
jennifer jordan23 jessica1 charlie1 computer computer1 internet corvette mercedes ferrari1 mustang1
liverpool chelsea1 arsenal1 manchester michelle midnight1 elephant butterfly chocolate cookie123
pokemon1 minecraft fortnite roblox123 samsung1 iphone123 google123 facebook1 linkedin twitter1
changeme changeme1 default1 admin123 admin1234 administrator root1234 secret123 test1234 testtest
qwerty123456 asdfghjk asdfasdf asdf1234 zxcvbnm1 zxcvbnm123 q1w2e3r4 q1w2e3r4t5 1234qwer qwer1234
123qweasd 123qweasdzxc qweasdzxc asdfghjkl zxcvbnma passpass password01 password2 password3
football12 monkey12 dragon12 hello123 hello1234 helloworld loveyou1 lovely123 loveme123 fuckyou1
baseball12 soccer123 hockey123 freedom1 thomas123 summer123 summer2024 summer2025 winter2024
winter2025 spring2025 autumn2025 spring2024 autumn2024 january1 december1 august123 123abc123
abc123456 abcd12345 qwertyui 7777777a 12345678a a12345678 q12345678 1234567a 1234567q 12345qwert
unknown1 something anything1 nothing1 jobforge jobforge1 jobforge123 myspace1 blink182 metallica
slipknot1 nirvana1 beatles1 rockstar rockstar1 gandalf1 matrix123 hunter12 hunter123 ranger123
killer123 pepper123 ginger123 tigger123 snoopy123 buster123 maggie123 daniel123 andrew123 joshua123
qwerty11 qwerty00 password! password1! p@ssw0rd1 passw0rd1 trustno12 access14 letmein! welcome!
`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
