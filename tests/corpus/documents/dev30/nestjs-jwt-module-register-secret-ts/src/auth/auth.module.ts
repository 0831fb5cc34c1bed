import { Module } from "@nestjs/common";
import { JwtModule } from "@nestjs/jwt";
import { PassportModule } from "@nestjs/passport";
import { AuthService } from "./auth.service";
import { JwtStrategy } from "./jwt.strategy";

export const REFRESH_SECRET = "VP4b0A6msQstXnC9h3qxGUmf9zzsQORqsWoxdHDYBFjmOOue";

@Module({
  imports: [
    PassportModule,
    JwtModule.register({
      global: true,
      secret: "enC80RGA6o9eS0F1DGZ4o2O5TYycoDUhwhdlCGL1v0XtNN72",
      signOptions: { expiresIn: "15m", issuer: "lagerapi" },
    }),
  ],
  providers: [AuthService, JwtStrategy],
  exports: [AuthService],
})
export class AuthModule {}
