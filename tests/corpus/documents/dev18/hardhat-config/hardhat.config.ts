import { HardhatUserConfig } from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";

// deployer: 0x68297e78299c7740cecd9ac5894c459ab8a1c128
const DEPLOYER_PRIVATE_KEY = "8348881f751cc79de7e1ceb37b2588a69429ff3b28282d749d58d39d5541d3b2";
const ALCHEMY_KEY = "lDu3-RcX8O2BR5-ic4-agm1eerK8vFnR";
const INFURA_API_SECRET = "47de20f16916ed171d05e73898411f2a";  // project secret; the project id bbafdd05feb748714b1fcb30751aa55c is public

const config: HardhatUserConfig = {
  solidity: { version: "0.8.24", settings: { optimizer: { enabled: true, runs: 200 } } },
  networks: {
    hardhat: {},
    sepolia: {
      url: `https://eth-sepolia.g.alchemy.com/v2/${ALCHEMY_KEY}`,
      accounts: [`0x${DEPLOYER_PRIVATE_KEY}`],
    },
    mainnet: {
      url: process.env.MAINNET_RPC_URL || "",
      accounts: process.env.PRIVATE_KEY ? [process.env.PRIVATE_KEY] : [],
    },
  },
  etherscan: {
    apiKey: "06OQUPN7660FSH81GLEUHD2LTV883174EA",
  },
};

export default config;
