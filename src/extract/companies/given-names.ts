/**
 * Common given names, written by us from no particular source: "Jane Doe bought Tiller Labs" names a
 * person, not a firm, when a deal's slot reads two or three capitalised words that start with one.
 * A firm named after its founder carries a company word ("Marcus Lane Capital") or is in the directory.
 */
export const GIVEN_NAMES = new Set(
  `
Aaron Abigail Adam Adrian Ahmed Aisha Alan Albert Alex Alexander Alexandra Alice Alicia Alison Amanda Amy
Andre Andrea Andrew Angela Anil Anita Ann Anna Anne Anthony Antonio Arjun Arthur Ashley Barbara Ben
Benjamin Beth Betty Bill Bob Brad Bradley Brandon Brenda Brian Bruce Bryan Carl Carla Carlos Carol
Caroline Catherine Charles Charlotte Chen Chris Christina Christine Christopher Claire Claudia Colin Craig
Cynthia Dan Daniel Daniela David Deborah Debra Dennis Diana Diane Donald Donna Doug Douglas Dylan
Ed Edward Elena Elizabeth Ellen Emily Emma Eric Erik Eva Evan Fatima Francesca Francisco Frank Fred
Gabriel Gary Geoffrey George Gina Giovanni Grace Greg Gregory Hannah Hans Harry Heather Helen Henry
Hiroshi Hugo Ian Isabel Isabella Ivan Jack Jacob James Jamie Jan Jane Janet Jason Javier Jean Jeff
Jeffrey Jennifer Jeremy Jessica Jim Joan Joe Johan John Jon Jonathan Jordan Jorge Jose Joseph Josh
Joshua Juan Judith Julia Julie Justin Karen Katherine Kathleen Kathy Keith Kelly Ken Kenji Kenneth
Kevin Kim Kimberly Klaus Kyle Laura Lauren Lawrence Leo Linda Lisa Lucas Luis Luke Lynn Maria Marie
Mark Martha Martin Mary Matt Matthew Megan Melissa Michael Michelle Miguel Mike Mohammed Monica Nancy
Natalie Nathan Nicholas Nick Nicole Noah Olivia Omar Pablo Pamela Patricia Patrick Paul Paula Pedro
Peter Philip Pierre Priya Rachel Rahul Raj Ralph Ramon Raymond Rebecca Richard Rick Rita Rob Robert
Roberto Robin Roger Ronald Rosa Ruth Ryan Sam Samantha Samuel Sandra Sara Sarah Scott Sean Sergei
Sharon Simon Sofia Sophie Stefan Stephanie Stephen Steve Steven Susan Takeshi Tara Teresa Thomas Tim
Timothy Tom Tony Tyler Valerie Vanessa Victor Victoria Vincent Virginia Walter Wei Wendy William
Yuki Zachary
`
    .split(/\s+/)
    .filter(Boolean),
);
