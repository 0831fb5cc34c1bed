public class LoginForm {
    @NotBlank
    @Size(min = 12, max = 128)
    private String password;

    private String passwordConfirmation;

    public boolean matches() {
        return password != null && password.equals(passwordConfirmation);
    }

    public void setPassword(String password) { this.password = password; }
}
