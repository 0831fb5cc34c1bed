USE [HR]
GO
SET IDENTITY_INSERT [dbo].[Employee] ON
GO
INSERT [dbo].[Employee] ([EmployeeID], [FirstName], [LastName], [BirthDate], [Country], [NationalID], [IBAN], [Email], [Mobile], [HireDate]) VALUES (100, N'Mateo', N'Haddad', CAST(N'1989-05-28' AS Date), N'NL', N'287002093', N'NL54RABO9157836692', N'mateohaddad@maplegrove.ca', N'06-99686044', CAST(N'2024-01-01' AS Date))
GO
INSERT [dbo].[Employee] ([EmployeeID], [FirstName], [LastName], [BirthDate], [Country], [NationalID], [IBAN], [Email], [Mobile], [HireDate]) VALUES (101, N'Tomasz', N'Hoffmann', CAST(N'1983-08-02' AS Date), N'ES', N'37451204M', N'ES9723112324161538413798', N'tomaszhoffmann69@ostkustbyggen.se', N'+34 639 155 314', CAST(N'2024-01-01' AS Date))
GO
INSERT [dbo].[Employee] ([EmployeeID], [FirstName], [LastName], [BirthDate], [Country], [NationalID], [IBAN], [Email], [Mobile], [HireDate]) VALUES (102, N'Pieter', N'Wikström', CAST(N'1966-02-04' AS Date), N'GB', N'WB242473D', N'GB27NWBK76509416915226', N'pieterwikstrom@rheinfeld-gmbh.de', N'+44 7491 439037', CAST(N'2024-04-01' AS Date))
GO
SET IDENTITY_INSERT [dbo].[Employee] OFF
GO
