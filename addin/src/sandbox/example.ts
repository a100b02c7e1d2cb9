// The three-way introduction "Try an example intro" types into the sandbox compose window.

export const EXAMPLE = {
  to: "Juan Perez <juan@example.com>",
  cc: "Sue Lee <sue@example.org>",
  subject: "Intro: Juan <> Sue",
  body: "Hi Juan and Sue,\n\nI'd like to introduce you two. Juan runs the data platform team at Contoso, and Sue is an expert in fraud models at Fabrikam. You are both deep into real-time fraud detection, so I think you'd enjoy comparing notes.\n\nJuan, meet Sue. Sue, meet Juan. I'll let you take it from here!\n\nBest,\nAlex",
};
