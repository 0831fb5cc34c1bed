// Dredd hooks for apiary.apib (run: dredd apiary.apib https://staging.kursbokning.se --hookfiles=hooks.js)
const hooks = require('hooks');

const ADMIN_TOKEN = '1pitWdWfeT0HzrkGlON4A5Ceb9QS1jB1bgvn7qE2HE8dvWDo';
let createdCourseId;

hooks.beforeEach((transaction, done) => {
  transaction.request.headers['Authorization'] = `Bearer ${ADMIN_TOKEN}`;
  done();
});

hooks.before('Courses > Course list > List courses', (transaction, done) => {
  // public endpoint: make sure it also works without a token
  delete transaction.request.headers['Authorization'];
  done();
});

hooks.after('Courses > Course list > Create a course', (transaction, done) => {
  createdCourseId = JSON.parse(transaction.real.body).id;
  done();
});

hooks.before('Courses > Course > Delete a course', (transaction, done) => {
  transaction.fullPath = transaction.fullPath.replace('42', createdCourseId);
  done();
});

hooks.before('Participants > Participant list > List participants', (transaction, done) => {
  // teacher role, not admin
  transaction.request.headers['Authorization'] = 'Bearer JEy1dMEkpC6ci5eu7wtpfAvIL0sVDIFcCE8ABwKZ0q4';
  done();
});

hooks.before('Participants > Participant > Invalid token', (transaction, done) => {
  transaction.request.headers['Authorization'] = 'Bearer invalid';
  transaction.expected.statusCode = '401';
  done();
});
