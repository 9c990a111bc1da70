from django import forms


class TokenCreateForm(forms.Form):
    name = forms.CharField(
        label="What the token is for",
        max_length=100,
        help_text="A name to recognise it by later, such as 'Timetable script' or 'My laptop'.",
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def clean_name(self) -> str:
        name = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError("Enter a name for the token.")
        if "\x00" in name:
            raise forms.ValidationError("The name contains a character that is not allowed.")
        return name
