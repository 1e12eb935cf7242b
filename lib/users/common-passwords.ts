// The most common passwords of 10 or more characters (shorter ones fail the length rule anyway),
// from public breach-frequency lists, lower-cased. Small on purpose: it ships with the app and
// catches what a guessing script tries first.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "1234567890", "0123456789", "0987654321", "1111111111", "0000000000", "1234512345", "1122334455",
  "12345678910", "123456789a", "a123456789", "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5", "1qaz2wsx3edc",
  "qwertyuiop", "qwerty1234", "qwerty12345", "qwerty123456", "asdfghjkl1", "asdfghjkl;", "zxcvbnm123",
  "qazwsxedcrfv", "password12", "password123", "password1234", "password12345", "password1!", "password!!",
  "passw0rd123", "p@ssw0rd123", "p@ssword123", "mypassword", "mypassword1", "yourpassword", "newpassword",
  "changeme123", "letmein123", "welcome123", "welcome1234", "iloveyou12", "iloveyou123", "iloveyou1234",
  "abcdefghij", "abcdefghijk", "abc1234567", "abcd123456", "abcde12345", "abc123abc123", "aaaaaaaaaa",
  "administrator", "admin12345", "admin123456", "superman123", "batman1234", "football123", "baseball123",
  "basketball", "basketball1", "soccer1234", "princess123", "sunshine123", "monkey1234", "dragon1234",
  "starwars123", "pokemon123", "minecraft1", "minecraft123", "fortnite123", "computer123", "internet123",
  "trustno1234", "whatever123", "freedom123", "michael123", "jennifer123", "charlie123", "jordan2323",
  "chocolate1", "butterfly1", "liverpool1", "chelsea123", "arsenal123", "manchester", "manchester1",
  "1234567890a", "1234567890q", "qwertyuiop1", "qwertyuiop123", "zaq12wsxcde3", "q1w2e3r4t5y6",
  "school1234", "school12345", "student123", "student1234", "teacher123", "teacher1234", "classroom1",
  "factcheck1", "factcheck123", "factquiz123", "fact-check-quiz", "correcthorse", "correct horse battery staple",
]);
