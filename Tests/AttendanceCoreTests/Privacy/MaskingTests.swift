import AttendanceFormats
import AttendanceModel
import AttendanceReports
import AttendanceService
import Testing

@Suite struct MaskingTests {
    @Test(
        "e-mails keep the first and last character of the local part and the domain",
        arguments: [
            ("joana.ramos@igarassu.pe.gov.br", "j*********s@igarassu.pe.gov.br"),
            (" ana@x.org ", "a**@x.org"),
            ("", ""),
            ("no-at-sign", "n*********"),
        ])
    func email(text: String, masked: String) {
        #expect(Masking.email(text) == masked)
    }

    @Test(
        "CPFs show only the middle six digits, however they were typed",
        arguments: [
            ("635.360.429-70", "***.360.429-**"), ("63536042970", "***.360.429-**"),
            ("635 360 429 70", "***.360.429-**"),
            ("12345", "*****"), ("", ""),
        ])
    func cpf(text: String, masked: String) {
        #expect(Masking.cpf(text) == masked)
    }

    @Test("phones keep their last two digits")
    func phone() {
        #expect(Masking.phone("(51) 99876-5432") == "*********32")
    }
}

@Suite struct MaskingTextTests {
    @Test("e-mails and CPFs inside free text are masked, other numbers are not")
    func freeText() {
        #expect(
            Masking.text("email agree  ana.lima@esteio.rs.gov.br ~ ana.lima@esteio.rs.gov.br")
                == "email agree  a******a@esteio.rs.gov.br ~ a******a@esteio.rs.gov.br")
        #expect(
            Masking.text("cpf same 635.360.429-70 ~ 63536042970; municipal 4314902")
                == "cpf same ***.360.429-** ~ ***.360.429-**; municipal 4314902")
    }
}

@Suite struct MaskingPathTests {
    @Test(
        "addresses and CPFs in file paths are masked; folders, dates and other numbers are not",
        arguments: [
            ("2021/lista-joao.silva@gmail.com.csv", "2021/l**************a@gmail.com.csv"),
            ("evt/123.456.789-09.csv", "evt/***.456.789-**.csv"),
            ("evt/12345678909.csv", "evt/***.456.789-**.csv"),
            ("evt/123_456_789_09 lista.csv", "evt/***.456.789-** lista.csv"),
            ("ana@x.org/lista.csv", "a**@x.org/lista.csv"),
            ("evt/2021-10-15-participants.csv", "evt/2021-10-15-participants.csv"),
            ("evt/participants_845123456789.csv", "evt/participants_845123456789.csv"),
            // A Zoom meeting id of 11 digits whose check digits are not a CPF's stays.
            ("evt/participants_89727307146.csv", "evt/participants_89727307146.csv"),
            ("evt/***.456.789-** (2).csv", "evt/***.456.789-** (2).csv"),
        ])
    func path(path: String, masked: String) {
        #expect(Masking.path(path) == masked)
        #expect(Masking.path(masked) == masked)
    }
}
