export const authOptions = {
  providers: [
    DiscordProvider({
      clientId: '6255550737493132384',
      clientSecret: '3lBFtb7WQyXElmVP2jXgDlBPhM8d2Rjz',
    }),
    GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! }),
  ],
  secret: 'iCPw1k/Bx2ND1X3zuOqQFJfSgAUeW53JmTKR2aK/fDM=',
};
